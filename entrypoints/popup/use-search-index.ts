/**
 * The popup's search source: the search index (its two parts load along with React, see
 * search-index-chunks.ts, and are turned into an index after the first paint), the user's
 * imports and notes (components/search/use-search-source.ts, shared with the side panel).
 * The input is usable throughout: whatever is typed meanwhile is searched once the index is
 * ready.
 */
import { useSearchSource, type SearchSource } from '../../components/search/use-search-source';
import type { SearchIndex } from '../../lib/search/search-index';
import { searchIndexChunks } from './search-index-chunks';

/**
 * Up to this size (the bundled index is ~130 KB) loading at once blocks for a few ms;
 * above it, loading yields to the event loop now and then so typing stays responsive.
 */
const LOAD_AT_ONCE_MAX_CHARS = 500_000;

function loadBundledIndex(): Promise<SearchIndex> {
  return searchIndexChunks.then(([{ default: json }, { loadSearchIndex, loadSearchIndexAsync }]) =>
    json.length <= LOAD_AT_ONCE_MAX_CHARS ? loadSearchIndex(json) : loadSearchIndexAsync(json),
  );
}

/** Parsing waits for the first effect, i.e. until the popup has painted. */
export function useSearchIndex(): SearchSource {
  return useSearchSource({ loadBundled: loadBundledIndex, startAfterMs: 0 });
}
