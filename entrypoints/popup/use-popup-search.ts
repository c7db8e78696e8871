/**
 * The popup's search state: the query as typed, the hits for it (computed from a deferred
 * copy, so typing never waits for rendering results) and which hit is active.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { searchEntries, type SearchHit } from '../../lib/search/search-entries';
import type { SearchIndexState } from './use-search-index';

const RESULT_LIMIT = 20;

export interface PopupSearch {
  query: string;
  setQuery(query: string): void;
  /** The query the hits are for (lags `query` by a render while typing fast). */
  searched: string;
  hits: readonly SearchHit[];
  activeIndex: number;
  setActiveIndex(index: number): void;
  move(step: 1 | -1): void;
  /** The hit Enter should open: the active one, or, if the list is a keystroke behind, the best for what is typed now. */
  chosen(): SearchHit | undefined;
}

export function usePopupSearch(search: SearchIndexState): PopupSearch {
  const [query, setQuery] = useState('');
  const searched = useDeferredValue(query);
  const hits = useMemo(
    () => (search.status === 'ready' && searched.trim() ? searchEntries(search.index, searched, { limit: RESULT_LIMIT }) : []),
    [search, searched],
  );
  // The active hit belongs to the hits it was chosen in: new hits start again at the first.
  const [active, setActive] = useState<{ hits: readonly SearchHit[]; index: number }>({ hits, index: 0 });
  const activeIndex = active.hits === hits ? Math.min(active.index, Math.max(hits.length - 1, 0)) : 0;

  return {
    query,
    setQuery,
    searched,
    hits,
    activeIndex,
    setActiveIndex: (index) => setActive({ hits, index }),
    move: (step) => {
      if (hits.length === 0) return;
      setActive({ hits, index: Math.min(Math.max(activeIndex + step, 0), hits.length - 1) });
    },
    chosen: () => {
      if (query === searched) return hits[activeIndex];
      return search.status === 'ready' && query.trim() ? searchEntries(search.index, query, { limit: 1 })[0] : undefined;
    },
  };
}
