/**
 * What one query term matches in the index: the term itself in every field, plus its
 * completions and corrections in the fields where those apply, each with the weight its
 * BM25 score gets. Weights follow MiniSearch's own formulas.
 */
import type { FieldPostings, IndexInternals, Postings } from './index-internals';
import { CODE_FIELDS, FIELD_BOOSTS, MATCH_WEIGHTS, NAME_FIELDS, TEXT_FIELDS, TITLE_FIELDS, type SearchField } from './search-options';
import { isCommonTitleWord } from './common-title-words';
import type { QueryTerm } from './search-query';

/** One index term in one field, as it counts towards one query term. */
export interface Source {
  term: string;
  /** Where it matched: tells a result's reason (a title word, the issuer, the summary). */
  field: SearchField;
  postings: Postings;
  /** Match weight × field boost × inverse document frequency. */
  factor: number;
  avgLength: number;
  /** The field's length in each entry, by short document id. */
  lengths: Float64Array;
  /** One of the entry's names: a term's title matches count by the best one, not their sum. */
  title: boolean;
}

export interface TermSources {
  sources: Source[];
  /** See QueryTerm.optional. */
  optional: boolean;
  /** Postings to walk to score every entry this term matches. */
  cost: number;
}

/** Completions beyond this many (the longest go first) add cost but hardly any recall. */
const MAX_EXPANSIONS = 200;

const ALL_FIELDS: readonly SearchField[] = [...NAME_FIELDS, ...TEXT_FIELDS];
/** Fields where a typo is not corrected. */
const NOT_CORRECTED: ReadonlySet<SearchField> = new Set([...CODE_FIELDS, 'issuerNames']);

export function sourcesOf(index: IndexInternals, lengths: readonly Float64Array[], query: QueryTerm): TermSources {
  const sources: Source[] = [];
  const add = (term: string, fieldPostings: FieldPostings, weight: number, fields: readonly SearchField[]): void => {
    const titleFrequency = titleDocumentFrequency(index, fieldPostings);
    for (const field of fields) {
      const fieldId = index._fieldIds[field];
      if (fieldId === undefined) continue;
      const postings = fieldPostings.get(fieldId);
      const fieldLengths = lengths[fieldId];
      if (!postings || postings.size === 0 || !fieldLengths) continue;
      const title = TITLE_FIELDS.has(field);
      const factor = weight * FIELD_BOOSTS[field] * inverseDocumentFrequency(index, title ? titleFrequency : postings.size);
      sources.push({ term, field, postings, factor, avgLength: index._avgFieldLength[fieldId] ?? 1, lengths: fieldLengths, title });
    }
  };
  const exact = index._index.get(query.term);
  if (exact) add(query.term, exact, 1, ALL_FIELDS);
  const isTitleWord = exact !== undefined && titleDocumentFrequency(index, exact) > 0;
  const abbreviationsId = index._fieldIds.abbreviations;
  for (const [term, postings, weight, corrected] of expansionsOf(index, query, exact !== undefined, isTitleWord)) {
    // An abbreviation or code is exact ("Ofcom" is not a misspelt "MOFCOM"), and so is an issuer's;
    // a word that is some entry's abbreviation is exact in titles too ("MOFCOM Announcement No. 12 …").
    if (corrected && abbreviationsId !== undefined && (postings.get(abbreviationsId)?.size ?? 0) > 0) continue;
    add(term, postings, weight, corrected ? query.expandIn.filter((field) => !NOT_CORRECTED.has(field)) : query.expandIn);
  }
  return { sources, optional: query.optional, cost: sources.reduce((sum, source) => sum + source.postings.size, 0) };
}

/**
 * In how many entries a term is one of their names, at least (the largest count over the
 * title fields). Title fields share it for their inverse document frequency: counted per
 * field, a word in the aliases of one entry looks rarer than the same word in a hundred
 * titles, and an entry with aliases would outscore one with the very same title.
 */
function titleDocumentFrequency(index: IndexInternals, fieldPostings: FieldPostings): number {
  let most = 0;
  for (const field of TITLE_FIELDS) {
    const fieldId = index._fieldIds[field];
    const size = fieldId === undefined ? 0 : (fieldPostings.get(fieldId)?.size ?? 0);
    if (size > most) most = size;
  }
  return most;
}

/** MiniSearch's (BM25's) inverse document frequency. */
function inverseDocumentFrequency(index: IndexInternals, documentFrequency: number): number {
  return Math.log(1 + (index._documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/**
 * Completions and corrections of a query term, weighted as MiniSearch weighs them.
 * Corrections are looked for only when the word as typed is in no entry and completes to
 * none: a word that exists needs no correcting, and the search for near misses walks the
 * whole vocabulary (0.1–0.5 ms at 10,000 entries), the dearest step of a query.
 * A finished word (not the one being typed) that is a word of some name is not completed
 * either: "deep synthesis" asks for "deep", not for "deepening".
 * Each expansion says whether it is a correction (the last element).
 */
function expansionsOf(index: IndexInternals, query: QueryTerm, exists: boolean, isTitleWord: boolean): [string, FieldPostings, number, boolean][] {
  const found = new Map<string, [FieldPostings, number, boolean]>();
  if (query.prefix && (query.typing || !isTitleWord)) {
    for (const [term, postings] of index._index.atPrefix(query.term)) {
      // A word every title has, typed whole, completes only to another such word ("regulation" →
      // "regulations"), not to any word it begins ("act" → "acts", "action"): "Online Safety Act" is no
      // "… Unlawful Acts concerning Online Food Safety".
      if (term === query.term || (query.common && !isCommonTitleWord(term))) continue;
      const extra = term.length - query.term.length;
      found.set(term, [postings, (MATCH_WEIGHTS.prefix * term.length) / (term.length + 0.3 * extra), false]);
    }
  }
  if (query.fuzzy > 0 && !exists && found.size === 0) {
    for (const [term, [postings, distance]] of index._index.fuzzyGet(query.term, query.fuzzy)) {
      if (distance === 0) continue;
      found.set(term, [postings, (MATCH_WEIGHTS.fuzzy * term.length) / (term.length + distance), true]);
    }
  }
  const expansions = [...found].map(([term, [postings, weight, corrected]]): [string, FieldPostings, number, boolean] => [term, postings, weight, corrected]);
  if (expansions.length <= MAX_EXPANSIONS) return expansions;
  return expansions.sort((a, b) => a[0].length - b[0].length).slice(0, MAX_EXPANSIONS);
}

/** MiniSearch's BM25 parameters. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export function bm25(source: Source, docId: number, frequency: number): number {
  const length = source.lengths[docId] ?? source.avgLength;
  const { k, b, d } = BM25;
  return source.factor * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / source.avgLength)));
}
