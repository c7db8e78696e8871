/**
 * A deliberately simple matcher to check the automaton against: it folds the whole text into a
 * string with an offset map, tries every pattern at every position with startsWith, and applies
 * the selection rules with plain loops. Quadratic; for tests only. It shares only pattern
 * generation (collectPatterns) and character folding with the real matcher.
 */
import { collectPatterns } from '../../../lib/match/collect-patterns';
import { IGNORABLE, SPACE, foldChar } from '../../../lib/match/fold-char';
import { normalizeString } from '../../../lib/match/fold-string';
import type { CompileInput, DictionaryEntry, Mention } from '../../../lib/match/types';
import { isWordChar } from '../../../lib/match/word-char';
import { isQualifiedElsewhere } from '../../../lib/match/qualified-elsewhere';
import { isLawStipulating } from '../../../lib/match/report-outputs';

export interface FoldedText {
  /** Folded text: ignorables dropped, each whitespace run as one space. */
  readonly folded: string;
  /** Original offset of each folded character (the first character of a whitespace run). */
  readonly origin: readonly number[];
}

export function foldTextWithOffsets(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text.charCodeAt(i));
    if (f === IGNORABLE) continue;
    if (f === SPACE && folded.endsWith(' ')) continue;
    folded += String.fromCharCode(f);
    origin.push(i);
  }
  return { folded, origin };
}

export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly ids: readonly string[];
  readonly generated: boolean;
  readonly zh: boolean;
  /** A phrase name's hit (its written form has a space). */
  readonly phrase: boolean;
  /** An abbreviation's hit (a written form without a space). */
  readonly abbreviation: boolean;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Every verified occurrence of every pattern, plus the exclusion occurrences. */
export function findReferenceHits(input: CompileInput | readonly DictionaryEntry[], text: string): { hits: Hit[]; exclusions: Span[] } {
  const patterns = collectPatterns(input);
  const { folded, origin } = foldTextWithOffsets(text);
  const hits: Hit[] = [];
  const exclusions: Span[] = [];
  for (let p = 0; p < folded.length; p++) {
    for (const pattern of patterns) {
      if (!folded.startsWith(pattern.key, p)) continue;
      const after = p + pattern.key.length;
      // A key that begins with a letter or digit never starts inside a word.
      if (isWordChar(pattern.key.charCodeAt(0)) && p > 0 && isWordChar(folded.charCodeAt(p - 1))) continue;
      if (pattern.boundaryEnd && after < folded.length && isWordChar(folded.charCodeAt(after))) continue;
      const start = origin[p]!;
      const end = origin[after - 1]! + 1;
      if (pattern.exact !== null && normalizeString(text.slice(start, end)) !== pattern.exact) continue;
      // Phrase names (written forms with a space) are not another country's; the rule itself is
      // tested in find-mentions.test.ts.
      if (pattern.exact?.includes(' ') && isQualifiedElsewhere(text, start, end)) continue;
      // 网络安全法规定 is the law and 规定, not the exclusion 网络安全法规; the rule itself is tested in find-mentions.test.ts.
      if (pattern.exclusion) {
        if (!isLawStipulating(text, end)) exclusions.push({ start, end });
      } else hits.push({ start, end, ids: pattern.ids, generated: pattern.generated, zh: pattern.zh, phrase: pattern.exact?.includes(' ') ?? false, abbreviation: pattern.exact != null && !pattern.exact.includes(' ') });
    }
  }
  return { hits, exclusions };
}

/** Drops zh hits inside longer exclusions, then picks leftmost-longest without overlap. */
export function pickMentions(hits: readonly Hit[], exclusions: readonly Span[], text: string): Mention[] {
  const covers = (x: Span, h: Hit) => x.start <= h.start && h.end <= x.end && x.end - x.start > h.end - h.start;
  const kept = hits.filter((h) => !h.zh || !exclusions.some((x) => covers(x, h)));
  const sorted = [...kept].sort(
    (a, b) => a.start - b.start || b.end - a.end || Number(a.generated) - Number(b.generated),
  );
  const picked: { start: number; end: number; ids: string[]; generated: boolean; phrase: boolean; abbreviation: boolean }[] = [];
  for (const hit of sorted) {
    const last = picked[picked.length - 1];
    if (last && hit.start < last.end) {
      if (hit.start === last.start && hit.end === last.end && hit.generated === last.generated) {
        for (const id of hit.ids) if (!last.ids.includes(id)) last.ids.push(id);
        last.phrase = last.phrase && hit.phrase;
        last.abbreviation = last.abbreviation && hit.abbreviation;
      }
      continue;
    }
    picked.push({ start: hit.start, end: hit.end, ids: [...hit.ids], generated: hit.generated, phrase: hit.phrase, abbreviation: hit.abbreviation });
  }
  return picked.map(({ start, end, ids, phrase, abbreviation }) => {
    const base = { start, end, id: ids[0]!, matched: text.slice(start, end) };
    const mention = phrase ? { ...base, phrase: true as const } : abbreviation ? { ...base, abbreviation: true as const } : base;
    return ids.length > 1 ? { ...mention, ambiguous: true as const, ids } : mention;
  });
}

export function referenceFindMentions(input: CompileInput | readonly DictionaryEntry[], text: string): Mention[] {
  const { hits, exclusions } = findReferenceHits(input, text);
  return pickMentions(hits, exclusions, text);
}
