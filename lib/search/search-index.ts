/**
 * The serialized search index: built once at build time from the graph, loaded by the
 * popup and side panel without re-indexing. It holds MiniSearch's index (its term tree
 * stored as a tree, see term-tree.ts) and two small tables that answer what MiniSearch
 * answers slowly or loosely: exact names (exact-names.ts) and one- and two-letter
 * prefixes (short-prefixes.ts).
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Graph } from '../graph/schema';
import { buildExactNameTable, type ExactNameTable } from './exact-names';
import { toSearchDocuments, type SearchDocument } from './search-documents';
import { SEARCH_OPTIONS } from './search-options';
import { buildShortPrefixTable, type ShortPrefixTable } from './short-prefixes';
import { flattenTermTree, restoreTermTree, restoreTermTreeAsync, serializeTermTree, type SerializedTermTree } from './term-tree';

export interface SearchIndex {
  engine: MiniSearch<SearchDocument>;
  /** Entry ids by position; the tables refer to entries by position (MiniSearch's short id). */
  ids: readonly string[];
  exactNames: ExactNameTable;
  shortPrefixes: ShortPrefixTable;
}

const FORMAT = 'tmt-lens-search/2';

interface SerializedSearchIndex {
  format: typeof FORMAT;
  exactNames: ExactNameTable;
  shortPrefixes: ShortPrefixTable;
  terms: SerializedTermTree;
  /** MiniSearch's own serialization, with its term list left empty (the terms are in `terms`). */
  engine: AsPlainObject;
}

/** At build time: the index of a graph, serialized for bundling. */
export function buildSearchIndexJson(graph: Graph): string {
  const index = buildSearchIndex(graph);
  const serialized: SerializedSearchIndex = {
    format: FORMAT,
    exactNames: index.exactNames,
    shortPrefixes: index.shortPrefixes,
    terms: serializeTermTree(index.engine),
    engine: { ...index.engine.toJSON(), index: [] },
  };
  return JSON.stringify(serialized);
}

/** The index of a graph, in memory (e.g. the bundled graph with the user's imports merged in). */
export function buildSearchIndex(graph: Graph): SearchIndex {
  const documents = toSearchDocuments(graph);
  const engine = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  engine.addAll(documents);
  return withBuiltTables(engine, documents);
}

/** As buildSearchIndex, indexing in small batches with a yield between them, so a page stays responsive. */
export async function buildSearchIndexAsync(graph: Graph): Promise<SearchIndex> {
  const documents = toSearchDocuments(graph);
  const engine = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  await engine.addAllAsync(documents, { chunkSize: 25 });
  return withBuiltTables(engine, documents);
}

function withBuiltTables(engine: MiniSearch<SearchDocument>, documents: readonly SearchDocument[]): SearchIndex {
  return {
    engine,
    // A fresh engine numbers entries 0, 1, 2, ... in the order added: position = short id.
    ids: documents.map((document) => document.id),
    exactNames: buildExactNameTable(documents),
    shortPrefixes: buildShortPrefixTable(documents),
  };
}

export function loadSearchIndex(json: string): SearchIndex {
  const serialized = parseSerialized(json);
  const engine = MiniSearch.loadJS(serialized.engine, SEARCH_OPTIONS);
  return withTables(restoreTermTree(engine, serialized.terms) ? engine : loadFlat(serialized), serialized);
}

/**
 * As loadSearchIndex, but yielding to the event loop every few milliseconds, so a page
 * stays responsive while a large index loads (slower overall).
 */
export async function loadSearchIndexAsync(json: string): Promise<SearchIndex> {
  const serialized = parseSerialized(json);
  const engine = await MiniSearch.loadJSAsync(serialized.engine, SEARCH_OPTIONS);
  if (await restoreTermTreeAsync(engine, serialized.terms)) return withTables(engine, serialized);
  return withTables(await MiniSearch.loadJSAsync({ ...serialized.engine, index: flattenTermTree(serialized.terms) }, SEARCH_OPTIONS), serialized);
}

function loadFlat(serialized: SerializedSearchIndex): MiniSearch<SearchDocument> {
  return MiniSearch.loadJS({ ...serialized.engine, index: flattenTermTree(serialized.terms) }, SEARCH_OPTIONS);
}

function withTables(engine: MiniSearch<SearchDocument>, serialized: SerializedSearchIndex): SearchIndex {
  return {
    engine,
    // Integer-like keys enumerate in ascending order: position i holds short id i.
    ids: Object.values(serialized.engine.documentIds) as string[],
    exactNames: serialized.exactNames,
    shortPrefixes: serialized.shortPrefixes,
  };
}

function parseSerialized(json: string): SerializedSearchIndex {
  const value = JSON.parse(json) as Partial<SerializedSearchIndex> | null;
  if (value?.format !== FORMAT || !value.engine || !value.terms || !value.exactNames || !value.shortPrefixes) {
    throw new Error('TMT Lens: the bundled search index is missing or was built by another version.');
  }
  return value as SerializedSearchIndex;
}
