/**
 * Searching the index the way a reader expects: an exact name, abbreviation or code first,
 * then titles that begin with what was typed, then everything else by relevance.
 */
import type { NodeType } from '../graph/schema';
import { isYear } from './common-title-words';
import { lookupExactName } from './exact-names';
import { exactNameReason, isNamedIn, judgeMatch, wordsOf, type MatchReason } from './match-reasons';
import type { SearchIndex } from './search-index';
import { planQuery, type QueryPlan } from './search-query';
import { compactKey, hasDigit, isCjk, textTerms } from './search-text';
import { lookupShortPrefix, SHORT_PREFIX_MAX_LENGTH } from './short-prefixes';
import { runQuery, type RankedResult } from './run-query';

export interface SearchHit {
  id: string;
  type: NodeType;
  name: string;
  /** "National standard", "Regulator", "Case", ... */
  kindLabel: string;
  issuer?: string;
  date?: string;
  status?: string;
  /** Terms to emphasise: the words typed and the index terms they matched. */
  terms: string[];
  /** The whole query is this entry's name, abbreviation, code or alias. */
  exact: boolean;
  /**
   * Why it matched, when the marked words of its name do not show it ("Abbreviation “PIPL”",
   * "Issued by CAC", "Summary mentions “overseas”"), in parts the UI words in its language;
   * undefined when its title has the words.
   */
  reason?: MatchReason[];
  /** Not an answer: the entry has some of the query's distinctive words, not all. */
  closest: boolean;
}

export interface SearchAnswer {
  /** Entries that match every word (or whose name the query is). */
  hits: SearchHit[];
  /** When there are no hits: the entries nearest to the query, to offer as such. */
  closest: SearchHit[];
}

export interface SearchEntriesOptions {
  /** At most this many hits (default 20). */
  limit?: number;
  /** Only entries of these types. */
  types?: readonly NodeType[];
}

/** How many of the best-scored results are re-ordered by whether their title begins with the query. */
const RERANK_WINDOW = 50;
/** A title that begins with what was typed is very likely the one meant. */
const TITLE_START_BONUS = 1.6;
/**
 * More so where it begins with every letter typed, the last word's first letters included: "data
 * security l" is the Data Security Law, though "l" is too short to be a term of its own.
 */
const TITLE_START_AS_TYPED_BONUS = 2;
/**
 * Between matches about as good in the entries' names, an instrument with the force of law comes
 * first: "deep synthesis" asks for the deep synthesis provisions before the list of algorithms
 * filed under them. A match in an issuer's name or a summary gets no such help ("CAC" asks for the
 * body, not the rules it issued).
 */
const BINDING_BONUS = 1.1;
/** Closest entries offered when nothing matches: a few, or they read as an answer. */
const CLOSEST_LIMIT = 5;

/** The entries that answer a query. */
export function searchEntries(index: SearchIndex, query: string, options: SearchEntriesOptions = {}): SearchHit[] {
  return answerQuery(index, query, options).hits;
}

/** The entries that answer a query, or, if none does, the closest ones, marked as such. */
export function answerQuery(index: SearchIndex, query: string, options: SearchEntriesOptions = {}): SearchAnswer {
  const { limit = 20, types } = options;
  const plan = planQuery(query);
  if (plan.terms.length === 0 && !plan.key) return { hits: [], closest: [] };
  const accepts = (stored: Record<string, unknown>): boolean => !types || types.includes(stored.type as NodeType);
  const queryTerms = plan.terms.map((term) => term.term);

  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const add = (id: string, stored: Record<string, unknown> | undefined, terms: string[], exact: boolean, reason: MatchReason[] | undefined): void => {
    if (hits.length >= limit || seen.has(id) || !stored || !accepts(stored)) return;
    seen.add(id);
    hits.push(toHit(id, stored, { terms, exact, reason, closest: false }));
  };

  for (const ordinal of lookupExactName(index.exactNames, plan.key)) {
    const id = index.ids[ordinal];
    if (id === undefined) continue;
    const stored = index.engine.getStoredFields(id);
    add(id, stored, queryTerms, true, stored && exactNameReason(index, ordinal, stored, query));
  }
  const shortList = shortPrefixAnswer(index, plan);
  if (shortList) {
    const reason: MatchReason[] = [{ kind: 'wordBeginning', words: query.trim() }];
    for (const id of shortList) add(id, index.engine.getStoredFields(id), queryTerms, false, reason);
    // The list holds only the best few per prefix; a narrow type filter may need the full search.
    if (hits.length >= limit || !types) return { hits, closest: [] };
  }
  for (const result of rankedResults(index, plan, limit + seen.size, accepts)) {
    const verdict = judgeMatch(plan, result);
    if (verdict.qualifies) add(result.id, result.stored, [...new Set([...queryTerms, ...result.terms])], false, verdict.reason);
  }
  if (hits.length > 0) return { hits, closest: [] };
  return { hits, closest: closestEntries(index, plan, accepts) };
}

/** A lone one- or two-letter word being typed is answered from the precomputed table. */
function shortPrefixAnswer(index: SearchIndex, plan: QueryPlan): string[] | undefined {
  const [only, ...others] = plan.terms;
  if (!only || others.length > 0 || !only.prefix || isCjk(only.term)) return undefined;
  if (only.term.length > SHORT_PREFIX_MAX_LENGTH) return undefined;
  const ordinals = lookupShortPrefix(index.shortPrefixes, only.term) ?? [];
  return ordinals.map((ordinal) => index.ids[ordinal]).filter((id): id is string => id !== undefined);
}

/**
 * Whether answering with entries that have only some of the words would answer another
 * question:
 * - a code or number no entry has ("45438" of "GB 45438"): falling back to "GB" would offer
 *   some other standard as if it were the one asked for;
 * - Chinese, whose terms are two-character pieces of a word, not words: an entry sharing one
 *   piece (信息 of 个人信息) is not a partial answer.
 */
function partialAnswerMisleads(index: SearchIndex, plan: QueryPlan): boolean {
  return plan.terms.some(
    (term) =>
      isCjk(term.term) ||
      (hasDigit(term.term) && !isYear(term.term) && runQuery(index.engine, { terms: [term], key: '' }, 'AND', { k: 1, accepts: () => true }).length === 0),
  );
}

/** Entries with every word, best first (judgeMatch then decides which of them answer). */
function rankedResults(
  index: SearchIndex,
  plan: QueryPlan,
  limit: number,
  accepts: (stored: Record<string, unknown>) => boolean,
): RankedResult[] {
  if (plan.terms.length === 0) return [];
  const k = Math.max(limit * 2, RERANK_WINDOW);
  return rerankTitleStarts(runQuery(index.engine, plan, 'AND', { k, accepts }), plan);
}

/**
 * When nothing answers: entries with at least one of the query's distinctive words in a
 * name, most words first, each saying which words it lacks. Not offered when that would
 * mislead (see partialAnswerMisleads), nor for words every title has ("Company Law" is not
 * close to every law).
 */
function closestEntries(index: SearchIndex, plan: QueryPlan, accepts: (stored: Record<string, unknown>) => boolean): SearchHit[] {
  const required = plan.terms.filter((term) => !term.optional);
  if (!required.some((term) => !term.common) || partialAnswerMisleads(index, plan)) return [];
  const results = runQuery(index.engine, { terms: required, key: plan.key }, 'OR', { k: RERANK_WINDOW, accepts });
  const closest: SearchHit[] = [];
  for (const result of results) {
    const inNames = required.filter((_, at) => isNamedIn(result.fieldsByTerm[at] ?? new Set()));
    if (!inNames.some((term) => !term.common)) continue;
    const missing = required.filter((term) => !inNames.includes(term));
    const reason: MatchReason[] | undefined =
      missing.length > 0 ? [{ kind: 'hasNot', words: wordsOf(inNames.map((term) => ({ term }))), missing: wordsOf(missing.map((term) => ({ term }))) }] : undefined;
    closest.push(toHit(result.id, result.stored, { terms: [...new Set(result.terms)], exact: false, reason, closest: true }));
    if (closest.length >= CLOSEST_LIMIT) break;
  }
  return closest;
}

function rerankTitleStarts(results: RankedResult[], plan: QueryPlan): RankedResult[] {
  for (const result of results.slice(0, RERANK_WINDOW)) {
    const name = String(result.stored.name);
    if (plan.key && compactKey(name).startsWith(plan.key)) result.score *= TITLE_START_AS_TYPED_BONUS;
    else if (titleStartsWordByWord(name, plan, result.terms)) result.score *= TITLE_START_BONUS;
    if (result.stored.binding === true && result.fieldsByTerm.every(isNamedIn)) result.score *= BINDING_BONUS;
  }
  return results.sort((a, b) => b.score - a.score);
}

/**
 * Whether a title begins with what was typed word by word, allowing for completions and
 * corrections ("Cyberspace Administraton" → "Cyberspace Administration of China").
 */
function titleStartsWordByWord(name: string, plan: QueryPlan, matched: readonly string[]): boolean {
  const required = plan.terms.filter((term) => !term.optional);
  if (required.length === 0) return false;
  const words = textTerms(name);
  return required.every((query, position) => {
    const word = words[position];
    return word !== undefined && (word === query.term || (query.prefix && word.startsWith(query.term)) || matched.includes(word));
  });
}

function toHit(id: string, stored: Record<string, unknown>, match: Pick<SearchHit, 'terms' | 'exact' | 'reason' | 'closest'>): SearchHit {
  return {
    id,
    type: stored.type as NodeType,
    name: String(stored.name),
    kindLabel: String(stored.kindLabel),
    issuer: optionalString(stored.issuer),
    date: optionalString(stored.date),
    status: optionalString(stored.status),
    ...match,
  };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
