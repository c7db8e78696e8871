/**
 * The search index. Its two parts load along with React (see search-index-chunks.ts) and
 * are turned into an index after the first paint. The input is usable throughout: whatever
 * is typed meanwhile is searched once the index is ready.
 *
 * The bundled index knows nothing of newsletters the user imported. When there are
 * imports, an index of the merged graph is built in idle time and replaces the bundled
 * one (`complete` is false until then).
 */
import { useEffect, useState } from 'react';
import { hasImports } from '../../lib/ext/has-imports';
import type { SearchIndex } from '../../lib/search/search-index';
import { searchIndexChunks } from './search-index-chunks';

export type SearchIndexState =
  | { status: 'loading' }
  | { status: 'ready'; index: SearchIndex; complete: boolean }
  | { status: 'failed'; message: string };

/**
 * Up to this size (the bundled index is ~130 KB) loading at once blocks for a few ms;
 * above it, loading yields to the event loop now and then so typing stays responsive.
 */
const LOAD_AT_ONCE_MAX_CHARS = 500_000;

/** Parsing waits for the first effect, i.e. until the popup has painted. */
function loadBundledIndex(): Promise<SearchIndex> {
  return searchIndexChunks.then(([{ default: json }, { loadSearchIndex, loadSearchIndexAsync }]) =>
    json.length <= LOAD_AT_ONCE_MAX_CHARS ? loadSearchIndex(json) : loadSearchIndexAsync(json),
  );
}

/** The index of the bundled graph with the user's imports merged in; undefined if there are none. */
async function indexWithImports(): Promise<SearchIndex | undefined> {
  if (!(await hasImports())) return undefined;
  const [{ getUserGraph, getMergedGraph }, { buildSearchIndexAsync }] = await Promise.all([
    import('../../lib/ext/user-graph'),
    import('../../lib/search/search-index'),
  ]);
  if ((await getUserGraph()).nodes.length === 0) return undefined;
  return buildSearchIndexAsync(await getMergedGraph());
}

export function useSearchIndex(): SearchIndexState {
  const [state, setState] = useState<SearchIndexState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let idle: number | undefined;
    loadBundledIndex().then(
      (bundled) => {
        if (cancelled) return;
        setState({ status: 'ready', index: bundled, complete: false });
        // Out of the way of the first results: the user's imports are read and indexed when idle.
        idle = requestIdleCallback(
          () =>
            void indexWithImports().then(
              (merged) => !cancelled && setState({ status: 'ready', index: merged ?? bundled, complete: true }),
              (error: unknown) => {
                console.warn('TMT Lens: imported newsletters could not be added to search', error);
                if (!cancelled) setState({ status: 'ready', index: bundled, complete: true });
              },
            ),
          { timeout: 300 },
        );
      },
      (error: unknown) => !cancelled && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
  return state;
}
