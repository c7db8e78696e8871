/**
 * What the popup and the side panel search, kept in one place so both search the same:
 * the bundled index, replaced by an index of the merged graph when the user has imported
 * newsletters (rebuilt whenever imports are added or removed), and the user's notes.
 *
 * The bundled index comes from the caller (the popup has it preloaded with React; the side
 * panel imports it on demand). Everything about user data is imported when first needed,
 * after the first results, so neither page pays for it at start-up.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { storedKinds, watchStoredKinds } from '../../lib/ext/user-data-keys';
import type { SearchIndex } from '../../lib/search/search-index';
import type { Note } from '../../lib/storage/schema';

export type SearchSourceState =
  | { status: 'idle' }
  | { status: 'loading' }
  /** `complete` is false while the user's imports are still being added. */
  | { status: 'ready'; index: SearchIndex; complete: boolean }
  | { status: 'failed'; message: string };

export interface SearchSource {
  state: SearchSourceState;
  notes: readonly Note[];
  /** Start loading now, if not started yet. */
  load(): void;
}

interface SearchSourceOptions {
  loadBundled(): Promise<SearchIndex>;
  /** Load by itself this long after mounting (0: at once); `load()` starts it sooner. */
  startAfterMs: number;
}

/** The index of the bundled graph with the user's imports merged in; undefined if there are none. */
async function indexWithImports(hasImports: boolean): Promise<SearchIndex | undefined> {
  if (!hasImports) return undefined;
  const [{ getUserGraph, getMergedGraph }, { buildSearchIndexAsync }] = await Promise.all([
    import('../../lib/ext/user-graph'),
    import('../../lib/search/search-index'),
  ]);
  if ((await getUserGraph()).nodes.length === 0) return undefined;
  return buildSearchIndexAsync(await getMergedGraph());
}

export function useSearchSource({ loadBundled, startAfterMs }: SearchSourceOptions): SearchSource {
  const [state, setState] = useState<SearchSourceState>({ status: startAfterMs === 0 ? 'loading' : 'idle' });
  const [notes, setNotes] = useState<readonly Note[]>([]);
  const started = useRef(false);
  const mounted = useRef(true);
  const stops = useRef<(() => void)[]>([]);
  const loader = useRef(loadBundled);

  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setState({ status: 'loading' });
    loader.current().then(
      (bundled) => {
        if (!mounted.current) return;
        setState({ status: 'ready', index: bundled, complete: false });
        let generation = 0;
        const addImports = (hasImports: boolean) => {
          const mine = ++generation;
          void indexWithImports(hasImports).then(
            (merged) => mounted.current && mine === generation && setState({ status: 'ready', index: merged ?? bundled, complete: true }),
            (error: unknown) => {
              console.warn('TMT Lens: imported newsletters could not be added to search', error);
              if (mounted.current && mine === generation) setState({ status: 'ready', index: bundled, complete: true });
            },
          );
        };
        let following = false;
        // Notes that cannot be read leave the search with the index's results alone.
        const followNotesOnce = () => {
          if (following) return;
          following = true;
          void import('../../lib/ext/user-data-store').then(({ followNotes }) => {
            if (mounted.current) stops.current.push(followNotes(({ notes: loaded }) => mounted.current && setNotes(loaded), () => undefined));
          });
        };
        // Out of the way of the first results: imports and notes are read when idle, and only
        // if there are any (the code that reads them is large).
        const idle = requestIdleCallback(
          () => {
            void storedKinds().then(
              (kinds) => {
                if (!mounted.current) return;
                addImports(kinds.has('import'));
                if (kinds.has('notes')) followNotesOnce();
                stops.current.push(
                  watchStoredKinds((changed) => {
                    if (!mounted.current) return;
                    if (changed.has('import')) void storedKinds().then((now) => mounted.current && addImports(now.has('import')));
                    if (changed.has('notes')) followNotesOnce();
                  }),
                );
              },
              () => mounted.current && setState({ status: 'ready', index: bundled, complete: true }),
            );
          },
          { timeout: 300 },
        );
        stops.current.push(() => cancelIdleCallback(idle));
      },
      (error: unknown) => mounted.current && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  useEffect(() => {
    mounted.current = true;
    const timer = setTimeout(load, startAfterMs);
    // One list for the life of the component: what load() subscribes to is stopped on unmount.
    const toStop = stops.current;
    return () => {
      mounted.current = false;
      clearTimeout(timer);
      for (const stop of toStop.splice(0)) stop();
    };
  }, [load, startAfterMs]);

  return { state, notes, load };
}
