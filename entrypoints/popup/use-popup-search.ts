/**
 * The popup's search state: the query as typed, the hits for it (computed from a copy that
 * follows it in a transition, so typing never waits for rendering results) and which hit is
 * active.
 */
import { startTransition, useMemo, useState } from 'react';
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
  const [query, setTyped] = useState('');
  // The query the hits are for. With an index to search, it follows what is typed in a
  // transition: a keystroke renders the input at once and the results after it. Before there
  // is one, nothing is searched, so it follows at once, and the render that brings the index
  // also brings the results for what was typed meanwhile.
  const [searched, setSearched] = useState('');
  const setQuery = (next: string) => {
    setTyped(next);
    if (search.status === 'ready') startTransition(() => setSearched(next));
    else setSearched(next);
  };
  const hits = useMemo(
    () => (search.status === 'ready' && searched.trim() ? searchEntries(search.index, searched, { limit: RESULT_LIMIT }) : []),
    [search, searched],
  );
  // The active hit is remembered by entry, for the query it was chosen under: a new query starts
  // again at the first hit, but the same hits recomputed (say, when a larger index with the
  // user's imports replaces the bundled one) keep the reader's place.
  const [active, setActive] = useState<{ searched: string; id?: string }>({ searched });
  const kept = active.searched === searched && active.id !== undefined ? hits.findIndex((hit) => hit.id === active.id) : -1;
  const activeIndex = Math.max(kept, 0);

  return {
    query,
    setQuery,
    searched,
    hits,
    activeIndex,
    setActiveIndex: (index) => setActive({ searched, id: hits[index]?.id }),
    move: (step) => {
      if (hits.length === 0) return;
      setActive({ searched, id: hits[Math.min(Math.max(activeIndex + step, 0), hits.length - 1)]?.id });
    },
    chosen: () => {
      if (query === searched) return hits[activeIndex];
      return search.status === 'ready' && query.trim() ? searchEntries(search.index, query, { limit: 1 })[0] : undefined;
    },
  };
}
