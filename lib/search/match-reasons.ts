/**
 * Whether an entry that has every word of a query answers it, and why, as parts a UI words
 * in its language ("Issued by CAC", "Summary mentions “overseas”"). The rules keep a list from
 * misleading:
 * - a query with a word every title has ("Company Law", "General Data Protection
 *   Regulation") asks for a name: each of its words must be in the entry's names or its
 *   issuer's, not scattered over a summary and a topic;
 * - any other query may be answered by a summary or a topic, but only one that holds all
 *   the words the names do not.
 */
import { internalsOf } from './index-internals';
import type { RankedResult } from './run-query';
import type { SearchField } from './search-options';
import type { QueryPlan, QueryTerm } from './search-query';
import type { SearchIndex } from './search-index';
import { compactKey, isCjk } from './search-text';

const NAME_FIELDS_SET: ReadonlySet<SearchField> = new Set(['name', 'aliases', 'abbreviations', 'codes', 'zh']);

/** One of the entry's own names (title, other names, abbreviations, codes, Chinese names). */
export function isNameField(field: SearchField): boolean {
  return NAME_FIELDS_SET.has(field);
}

/** Whether a term matched in one of the entry's own names (given the fields it matched in). */
export function isNamedIn(fields: ReadonlySet<SearchField>): boolean {
  return [...fields].some(isNameField);
}

/**
 * One part of why an entry matched: what kind of evidence, and the words (as typed, or as
 * the index holds them). `missing`: the words a closest entry lacks.
 */
export type MatchReason =
  | {
      kind:
        | 'abbreviation'
        | 'code'
        | 'caseNumber'
        | 'chineseName'
        | 'chineseNameHas'
        | 'anotherNameHas'
        | 'otherNamesHave'
        | 'alsoCalled'
        | 'issuedBy'
        | 'issuerNameHas'
        | 'topicHas'
        | 'summaryMentions'
        | 'wordBeginning';
      words: string;
    }
  | { kind: 'hasNot'; words: string; missing: string }
  | { kind: 'note' };

export interface MatchVerdict {
  qualifies: boolean;
  reason?: MatchReason[];
}

/** Names of other kinds, in the order a reason prefers them. */
const OTHER_NAME_LABELS: readonly [SearchField, 'abbreviation' | 'code' | 'chineseNameHas' | 'anotherNameHas'][] = [
  ['abbreviations', 'abbreviation'],
  ['codes', 'code'],
  ['zh', 'chineseNameHas'],
  ['aliases', 'anotherNameHas'],
];

export function judgeMatch(plan: QueryPlan, result: RankedResult): MatchVerdict {
  const required = plan.terms
    .map((term, at) => ({ term, fields: result.fieldsByTerm[at] ?? new Set<SearchField>() }))
    .filter(({ term }) => !term.optional);
  const notInTitle = required.filter(({ fields }) => !fields.has('name'));
  if (notInTitle.length === 0) return { qualifies: true };
  // Another kind of name holds every word the title lacks: say which kind.
  for (const [field, kind] of OTHER_NAME_LABELS) {
    if (notInTitle.every(({ fields }) => fields.has(field))) return { qualifies: true, reason: [{ kind, words: wordsOf(notInTitle) }] };
  }
  const byNames = notInTitle.filter(({ fields }) => isNamedIn(fields));
  const byIssuer = notInTitle.filter(({ fields }) => !isNamedIn(fields) && fields.has('issuerNames'));
  const unexplained = notInTitle.filter(({ fields }) => !isNamedIn(fields) && !fields.has('issuerNames'));
  const reasons: MatchReason[] = [];
  if (byNames.length > 0) reasons.push({ kind: 'otherNamesHave', words: wordsOf(byNames) });
  if (byIssuer.length > 0) reasons.push(issuedBy(result, byIssuer));
  if (unexplained.length === 0) return { qualifies: true, reason: reasons };

  // Asking for a name: words found only in a summary or a topic do not answer it.
  if (plan.terms.some((term) => term.common && !term.optional)) return { qualifies: false };
  for (const [field, kind] of TEXT_FIELD_LABELS) {
    if (unexplained.every(({ fields }) => fields.has(field))) {
      reasons.push({ kind, words: wordsOf(unexplained) });
      return { qualifies: true, reason: reasons };
    }
  }
  return { qualifies: false };
}

const TEXT_FIELD_LABELS: readonly [SearchField, 'topicHas' | 'summaryMentions'][] = [
  ['topics', 'topicHas'],
  ['summary', 'summaryMentions'],
];

/** "Issued by CAC" when the words name one of the issuers shown; otherwise the words. */
function issuedBy(result: RankedResult, matches: readonly { term: QueryTerm }[]): MatchReason {
  const shown = typeof result.stored.issuer === 'string' ? result.stored.issuer.split(', ') : [];
  const named = shown.find((issuer) => matches.some(({ term }) => compactKey(issuer) === term.term));
  return named ? { kind: 'issuedBy', words: named } : { kind: 'issuerNameHas', words: wordsOf(matches) };
}

/** The matched query terms as words again. */
export function wordsOf(matches: readonly { term: QueryTerm }[]): string {
  return joinTerms(matches.map(({ term }) => term.term));
}

/** Query terms as words again: Chinese pairs that overlap ("网信", "信办") become their run ("网信办"). */
function joinTerms(terms: readonly string[]): string {
  let text = '';
  let previous = '';
  for (const term of terms) {
    const overlaps = isCjk(term) && isCjk(previous) && Array.from(previous).at(-1) === Array.from(term)[0];
    if (overlaps) text += Array.from(term).slice(1).join('');
    else text += (text && !(isCjk(term) && isCjk(previous)) ? ' ' : '') + term;
    previous = term;
  }
  return text;
}

/**
 * Why an entry whose name, abbreviation or code the whole query is came first. Its title
 * needs no reason (every word of it is marked); any other name is named.
 */
export function exactNameReason(index: SearchIndex, ordinal: number, stored: Record<string, unknown>, query: string): MatchReason[] | undefined {
  const key = compactKey(query);
  if (compactKey(String(stored.name)) === key) return undefined;
  const typed = query.trim();
  if (isCjk(typed)) return [{ kind: 'chineseName', words: typed }];
  const internals = internalsOf(index.engine);
  const postings = internals?._index.get(key);
  const has = (field: SearchField): boolean => {
    const fieldId = internals?._fieldIds[field];
    return fieldId !== undefined && postings?.get(fieldId)?.has(ordinal) === true;
  };
  if (has('abbreviations')) return [{ kind: 'abbreviation', words: /^[\p{L}]+$/u.test(typed) ? typed.toUpperCase() : typed }];
  if (has('codes')) return [{ kind: stored.type === 'case' ? 'caseNumber' : 'code', words: typed }];
  return [{ kind: 'alsoCalled', words: typed }];
}
