/**
 * The shared MiniSearch index (the popup's), loaded when the user reaches for search or a
 * moment after the panel opens, whichever comes first. Loading it is the heaviest step of
 * start-up, so it must not compete with drawing the entry the panel was opened for; the
 * index and its loader are imported on demand and stay out of the first render.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchIndex } from '../../lib/search/search-index';

export type SearchIndexState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; index: SearchIndex }
  | { status: 'failed'; message: string };

/** Long enough for the first entry and its graph to be drawn. */
const LOAD_AFTER_MS = 1500;

export function useSearchIndex(): { state: SearchIndexState; load(): void } {
  const [state, setState] = useState<SearchIndexState>({ status: 'idle' });
  const started = useRef(false);
  const mounted = useRef(true);

  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setState({ status: 'loading' });
    Promise.all([import('virtual:tmt-lens/search-index'), import('../../lib/search/search-index')])
      .then(([{ default: json }, { loadSearchIndexAsync }]) => loadSearchIndexAsync(json))
      .then(
        (index) => mounted.current && setState({ status: 'ready', index }),
        (error: unknown) =>
          mounted.current && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
  }, []);

  useEffect(() => {
    mounted.current = true;
    const timer = setTimeout(load, LOAD_AFTER_MS);
    return () => {
      mounted.current = false;
      clearTimeout(timer);
    };
  }, [load]);

  return { state, load };
}
