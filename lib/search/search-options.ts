/**
 * The one MiniSearch configuration. The build step indexes with it and the popup loads
 * the serialized index with it: MiniSearch.loadJSON needs exactly the options the index
 * was built with, so both sides import this object rather than repeating it.
 */
import type { Options } from 'minisearch';
import type { SearchDocument } from './search-documents';
import { codeTerms, textTerms } from './search-text';

/**
 * Fields matched by name. Prefix and fuzzy matching apply only here: these hold a few
 * words per entry, so expanding "mea" into its completions stays cheap.
 */
export const NAME_FIELDS = ['name', 'aliases', 'abbreviations', 'codes', 'zh', 'issuerNames'] as const;
/** Free text, matched by whole words only: its vocabulary is large and loose. */
export const TEXT_FIELDS = ['topics', 'summary'] as const;
/** Codes and abbreviations are short and exact: even a one-letter query expands only here. */
export const CODE_FIELDS = ['abbreviations', 'codes'] as const;
/**
 * The entry's own names, in their several forms. A query word counts once across them, by
 * its best match (a "dis-max", as search engines score titles): otherwise an entry known by
 * five similar aliases would outrank the one whose short title is exactly what was typed.
 */
export const TITLE_FIELDS: ReadonlySet<SearchField> = new Set(['name', 'aliases', 'abbreviations', 'codes', 'zh']);

export type SearchField = (typeof NAME_FIELDS)[number] | (typeof TEXT_FIELDS)[number];

/** What a result shows without another lookup, and whether it binds (ranking: search-entries.ts). */
export const STORED_FIELDS = ['type', 'name', 'issuer', 'date', 'status', 'kindLabel', 'binding'] as const;

/**
 * Relative weight of a match in each field. An abbreviation or code says "this entry" far
 * more surely than a word of its summary does.
 */
export const FIELD_BOOSTS: Record<SearchField, number> = {
  name: 3,
  aliases: 2,
  abbreviations: 6,
  codes: 6,
  zh: 3,
  issuerNames: 0.5,
  topics: 0.4,
  summary: 0.2,
};

/**
 * A completion of what was typed is what type-ahead is for, so it weighs nearly as much as
 * a whole word; a typo correction a little less. (An exact match weighs 1.)
 */
export const MATCH_WEIGHTS = { prefix: 0.6, fuzzy: 0.45 };

/** Items in list fields are separated by newlines (see search-documents.ts). */
function tokenizeField(text: string, field?: string): string[] {
  if (field === 'abbreviations' || field === 'codes') return text.split('\n').flatMap(codeTerms);
  return textTerms(text);
}

/** Queries arrive already split into terms (see search-query.ts): take them as they are. */
const asIs = (term: string): string => term;

export const SEARCH_OPTIONS = {
  idField: 'id',
  fields: [...NAME_FIELDS, ...TEXT_FIELDS],
  storeFields: [...STORED_FIELDS],
  tokenize: tokenizeField,
  processTerm: asIs,
  searchOptions: {
    tokenize: (query: string) => [query],
    processTerm: asIs,
    boost: FIELD_BOOSTS,
    weights: MATCH_WEIGHTS,
  },
} satisfies Options<SearchDocument>;
