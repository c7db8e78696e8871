/**
 * Searching the index the way a reader expects: an exact name, abbreviation or code first,
 * then titles that begin with what was typed, then everything else by relevance.
 */
import type { NodeType } from '../graph/schema';
import { lookupExactName } from './exact-names';
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

export function searchEntries(index: SearchIndex, query: string, options: SearchEntriesOptions = {}): SearchHit[] {
  const { limit = 20, types } = options;
  const plan = planQuery(query);
  if (plan.terms.length === 0 && !plan.key) return [];
  const accepts = (stored: Record<string, unknown>): boolean => !types || types.includes(stored.type as NodeType);
  const queryTerms = plan.terms.map((term) => term.term);

  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const add = (id: string, stored: Record<string, unknown> | undefined, terms: string[], exact: boolean): void => {
    if (hits.length >= limit || seen.has(id) || !stored || !accepts(stored)) return;
    seen.add(id);
    hits.push(toHit(id, stored, terms, exact));
  };

  for (const ordinal of lookupExactName(index.exactNames, plan.key)) {
    const id = index.ids[ordinal];
    if (id !== undefined) add(id, index.engine.getStoredFields(id), queryTerms, true);
  }
  const shortList = shortPrefixAnswer(index, plan);
  if (shortList) {
    for (const id of shortList) add(id, index.engine.getStoredFields(id), queryTerms, false);
    // The list holds only the best few per prefix; a narrow type filter may need the full search.
    if (hits.length >= limit || !types) return hits;
  }
  for (const result of rankedResults(index, plan, limit + seen.size, accepts)) {
    add(result.id, result.stored, [...new Set([...queryTerms, ...result.terms])], false);
  }
  return hits;
}

/** A lone one- or two-letter word being typed is answered from the precomputed table. */
function shortPrefixAnswer(index: SearchIndex, plan: QueryPlan): string[] | undefined {
  const [only, ...others] = plan.terms;
  if (!only || others.length > 0 || !only.prefix || isCjk(only.term)) return undefined;
  if (only.term.length > SHORT_PREFIX_MAX_LENGTH) return undefined;
  const ordinals = lookupShortPrefix(index.shortPrefixes, only.term) ?? [];
  return ordinals.map((ordinal) => index.ids[ordinal]).filter((id): id is string => id !== undefined);
}

/** A year ("2021") qualifies a name loosely; any other word with digits names one thing. */
const YEAR = /^(?:19|20)\d{2}$/u;

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
      (hasDigit(term.term) && !YEAR.test(term.term) && runQuery(index.engine, { terms: [term], key: '' }, 'AND', { k: 1, accepts: () => true }).length === 0),
  );
}

/** Every word must match; if no entry has them all, any word may, unless that misleads. */
function rankedResults(
  index: SearchIndex,
  plan: QueryPlan,
  limit: number,
  accepts: (stored: Record<string, unknown>) => boolean,
): RankedResult[] {
  if (plan.terms.length === 0) return [];
  const k = Math.max(limit, RERANK_WINDOW);
  let results = runQuery(index.engine, plan, 'AND', { k, accepts });
  if (results.length === 0 && plan.terms.length > 1 && !partialAnswerMisleads(index, plan)) {
    results = runQuery(index.engine, plan, 'OR', { k, accepts });
  }
  return rerankTitleStarts(results, plan);
}

function rerankTitleStarts(results: RankedResult[], plan: QueryPlan): RankedResult[] {
  for (const result of results.slice(0, RERANK_WINDOW)) {
    if (titleStartsWithQuery(String(result.stored.name), plan, result.terms)) result.score *= TITLE_START_BONUS;
  }
  return results.sort((a, b) => b.score - a.score);
}

/**
 * Whether a title begins with what was typed: as a string ("cybersecurity la" →
 * "Cybersecurity Law ..."), or word by word, allowing for completions and corrections
 * ("Cyberspace Administraton" → "Cyberspace Administration of China").
 */
function titleStartsWithQuery(name: string, plan: QueryPlan, matched: readonly string[]): boolean {
  if (plan.key && compactKey(name).startsWith(plan.key)) return true;
  const required = plan.terms.filter((term) => !term.optional);
  if (required.length === 0) return false;
  const words = textTerms(name);
  return required.every((query, position) => {
    const word = words[position];
    return word !== undefined && (word === query.term || (query.prefix && word.startsWith(query.term)) || matched.includes(word));
  });
}

function toHit(id: string, stored: Record<string, unknown>, terms: string[], exact: boolean): SearchHit {
  return {
    id,
    type: stored.type as NodeType,
    name: String(stored.name),
    kindLabel: String(stored.kindLabel),
    issuer: optionalString(stored.issuer),
    date: optionalString(stored.date),
    status: optionalString(stored.status),
    terms,
    exact,
  };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
