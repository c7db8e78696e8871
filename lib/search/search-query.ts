/**
 * How a typed query becomes a plan: which words must match, which may be completed and
 * which corrected. run-query.ts carries a plan out; toMiniSearchQuery states the same plan
 * as a MiniSearch query, for the fallback path. The rules are where speed and ranking are
 * decided:
 * - a word still being typed (the last one, no space after it) is completed from two
 *   letters; any other word from three. A lone letter is answered from a precomputed table
 *   (see short-prefixes.ts); a letter just begun after other words waits for the next one,
 *   since completing it would walk a large part of the vocabulary for little gain;
 * - typos are forgiven from five letters (one edit) and nine (two), never in words with
 *   digits: "GB 40050" and "GB 40051" are different standards (and only for words found
 *   nowhere as typed, see term-sources.ts);
 * - completion and typo tolerance apply to names only, never to summaries;
 * - stop words are not indexed, so they are dropped, unless being typed ("for" → "foreign");
 *   then the completion is optional, so "measures for" still lists "Measures for ...";
 * - likewise two letters just begun after other words only rank, not filter: "generative ai"
 *   typed so far as "generativ ai" must not lose "Generative Artificial Intelligence ...";
 * - a year only ranks: "cybersecurity law 2017" still finds the law whose title has no year;
 * - words every title has ("law", "measures") are matched as typed: completed only while
 *   being typed, never corrected (see common-title-words.ts);
 * - a finished word that is itself a word of some name is not completed: "deep synthesis"
 *   means "deep", not "deepening" (see term-sources.ts).
 */
import type { CombinationOperator, Query } from 'minisearch';
import { isCommonTitleWord, isYear } from './common-title-words';
import { CODE_FIELDS, NAME_FIELDS, TEXT_FIELDS, type SearchField } from './search-options';
import { compactKey, hasDigit, isCjk, splitTerms, STOP_WORDS } from './search-text';

export interface QueryTerm {
  term: string;
  prefix: boolean;
  /** Maximum edit distance; 0 for none. */
  fuzzy: number;
  /** Fields where prefix and fuzzy matching apply; every other field matches the whole term only. */
  expandIn: readonly SearchField[];
  /** Ranks entries that match it higher but does not exclude those that do not. */
  optional: boolean;
  /** The word is still being typed: it is completed even if it is a whole word already. */
  typing: boolean;
  /** A word nearly every title has (see common-title-words.ts). */
  common: boolean;
}

export interface QueryPlan {
  terms: QueryTerm[];
  /** The whole query compacted, for exact lookup of a name, abbreviation or code. */
  key: string;
}

const ALL_FIELDS: readonly SearchField[] = [...NAME_FIELDS, ...TEXT_FIELDS];

export function planQuery(query: string): QueryPlan {
  const words = splitTerms(query);
  const typingLast = !/\s$/u.test(query);
  const terms: QueryTerm[] = [];
  words.forEach((word, index) => {
    const beingTyped = typingLast && index === words.length - 1;
    if (STOP_WORDS.has(word) && !beingTyped) return;
    if (beingTyped && index > 0 && word.length === 1 && !isCjk(word)) return;
    const barelyBegun = beingTyped && index > 0 && word.length <= 2 && !isCjk(word);
    terms.push(planTerm(word, beingTyped, STOP_WORDS.has(word) || barelyBegun || isYear(word)));
  });
  const planned = dedupe(terms);
  // A stop word being typed alone is all there is to go on: then it is required.
  if (planned.every((term) => term.optional)) for (const term of planned) term.optional = false;
  return { terms: planned, key: compactKey(query) };
}

function planTerm(term: string, beingTyped: boolean, optional: boolean): QueryTerm {
  const shared = { term, optional, typing: beingTyped, common: isCommonTitleWord(term) };
  if (isCjk(term)) return { ...shared, prefix: true, fuzzy: 0, expandIn: NAME_FIELDS };
  const length = term.length;
  // A lone letter being typed completes only abbreviations and codes: few terms, and the likeliest meaning.
  if (length === 1) return { ...shared, prefix: beingTyped, fuzzy: 0, expandIn: CODE_FIELDS };
  if (hasDigit(term)) return { ...shared, prefix: true, fuzzy: 0, expandIn: NAME_FIELDS };
  if (shared.common) return { ...shared, prefix: beingTyped, fuzzy: 0, expandIn: NAME_FIELDS };
  return {
    ...shared,
    prefix: length >= 3 || beingTyped,
    fuzzy: length >= 9 ? 2 : length >= 5 ? 1 : 0,
    expandIn: NAME_FIELDS,
  };
}

/** "data ... data" asks once; the later occurrence wins (it may be the one being typed). */
function dedupe(terms: QueryTerm[]): QueryTerm[] {
  const byTerm = new Map<string, QueryTerm>();
  for (const term of terms) {
    byTerm.delete(term.term);
    byTerm.set(term.term, term);
  }
  return [...byTerm.values()];
}

/**
 * One subtree per term (its expanded match in name fields OR its exact match elsewhere),
 * combined with AND (every word must match somewhere) or OR (the fallback).
 */
export function toMiniSearchQuery(plan: QueryPlan, combineWith: CombinationOperator): Query {
  return {
    combineWith,
    // MiniSearch has no "optional" in an AND; leaving such terms out only loses their bonus.
    queries: plan.terms.filter((term) => !term.optional || combineWith !== 'AND').map((term): Query => {
      const elsewhere = ALL_FIELDS.filter((field) => !term.expandIn.includes(field));
      return {
        combineWith: 'OR',
        queries: [
          { queries: [term.term], fields: [...term.expandIn], prefix: term.prefix, fuzzy: term.fuzzy || false },
          ...(elsewhere.length > 0 ? [{ queries: [term.term], fields: elsewhere, prefix: false, fuzzy: false }] : []),
        ],
      };
    }),
  };
}
