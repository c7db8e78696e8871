/**
 * Expands all entries and exclusions into the distinct patterns of a dictionary. Patterns with
 * the same key and the same checks are merged; their ids are kept in dictionary order, and an
 * entry's own spelling outranks a generated variant of another entry (so "Cybersecurity Law",
 * when it is a name of its own, is not made ambiguous by some other entry's PRC variant), and
 * its checks hold: "State Council", a name matched only as written, is not matched in lower case
 * through the variant "State Council" of "State Council of the People's Republic of China".
 */
import { createGenericTest, expandEntry, expandExclusion } from './expand-entry';
import { GENERIC_NAMES } from './generic-names';
import type { Pattern, PatternWithIds } from './pattern';
import type { CompileInput, DictionaryEntry } from './types';

interface Group {
  pattern: Pattern;
  ids: string[];
}

/** The key and the checks, apart from the written form that `exact` demands. */
function spellingKey(p: Pattern): string {
  const flags = [p.boundaryStart, p.boundaryEnd, p.zh, p.exclusion].map((f) => (f ? 1 : 0)).join('');
  return `${p.key}\u0000${flags}`;
}

function groupKey(p: Pattern): string {
  return `${spellingKey(p)}\u0000${p.exact ?? ''}`;
}

function addPattern(groups: Map<string, Group>, pattern: Pattern, id: string | null): void {
  const key = groupKey(pattern);
  const group = groups.get(key);
  if (!group) {
    groups.set(key, { pattern, ids: id === null ? [] : [id] });
    return;
  }
  if (group.pattern.generated && !pattern.generated) {
    // An own spelling displaces ids that only reached this key through a variant.
    group.pattern = pattern;
    group.ids = [];
  } else if (!group.pattern.generated && pattern.generated) {
    return;
  }
  if (id !== null && !group.ids.includes(id)) group.ids.push(id);
}

/** Accepts the bare entry list as well as the full input object. */
export function toCompileInput(input: CompileInput | readonly DictionaryEntry[]): CompileInput {
  return Array.isArray(input) ? { entries: input as readonly DictionaryEntry[] } : (input as CompileInput);
}

export function collectPatterns(input: CompileInput | readonly DictionaryEntry[]): PatternWithIds[] {
  const { entries, zhExclusions = [], genericNames = GENERIC_NAMES } = toCompileInput(input);
  const isGeneric = createGenericTest(genericNames);
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    for (const pattern of expandEntry(entry, isGeneric)) addPattern(groups, pattern, entry.id);
  }
  for (const text of zhExclusions) {
    const pattern = expandExclusion(text);
    if (pattern) addPattern(groups, pattern, null);
  }
  const ownSpellings = new Set([...groups.values()].filter((group) => !group.pattern.generated).map((group) => spellingKey(group.pattern)));
  return [...groups.values()]
    .filter((group) => !(group.pattern.generated && ownSpellings.has(spellingKey(group.pattern))))
    .map(({ pattern, ids }) => ({ ...pattern, ids }));
}
