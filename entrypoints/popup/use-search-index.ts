/**
 * The search index, loaded right after the popup's first paint. The input is usable at
 * once: whatever is typed meanwhile is searched as soon as the index is ready. The index
 * data and its loader are separate chunks, so they never delay the first frame.
 */
import { useEffect, useState } from 'react';
import type { SearchIndex } from '../../lib/search/search-index';

export type SearchIndexState =
  | { status: 'loading' }
  | { status: 'ready'; index: SearchIndex }
  | { status: 'failed'; message: string };

export function useSearchIndex(): SearchIndexState {
  const [state, setState] = useState<SearchIndexState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    // A macrotask, so the browser paints the input before the index is parsed.
    const timer = setTimeout(() => {
      Promise.all([import('virtual:tmt-lens/search-index'), import('../../lib/search/search-index')])
        .then(([{ default: json }, { loadSearchIndexAsync }]) => loadSearchIndexAsync(json))
        .then(
          (index) => !cancelled && setState({ status: 'ready', index }),
          (error: unknown) =>
            !cancelled && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
        );
    }, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);
  return state;
}
