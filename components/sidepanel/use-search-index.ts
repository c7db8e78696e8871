/**
 * The side panel's search source, the popup's (components/search/use-search-source.ts): the
 * bundled index with the user's imports and notes. It loads when the user reaches for search
 * or a moment after the panel opens, whichever comes first. Loading it is the heaviest step
 * of start-up, so it must not compete with drawing the entry the panel was opened for; the
 * index and its loader are imported on demand and stay out of the first render.
 */
import type { SearchIndex } from '../../lib/search/search-index';
import { useSearchSource, type SearchSource } from '../search/use-search-source';

/** Long enough for the first entry and its graph to be drawn. */
const LOAD_AFTER_MS = 1500;

function loadBundledIndex(): Promise<SearchIndex> {
  return Promise.all([import('virtual:tmt-lens/search-index'), import('../../lib/search/search-index')]).then(([{ default: json }, { loadSearchIndexAsync }]) =>
    loadSearchIndexAsync(json),
  );
}

export function useSearchIndex(): SearchSource {
  return useSearchSource({ loadBundled: loadBundledIndex, startAfterMs: LOAD_AFTER_MS });
}
