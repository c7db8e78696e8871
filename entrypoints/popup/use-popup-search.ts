/**
 * The popup's search state: the query as typed, the answer for it (computed from a copy that
 * follows it in a transition, so typing never waits for rendering results) and which hit is
 * active. When nothing answers, the closest entries are listed instead, marked as such, and
 * none is active until the arrow keys choose one: Enter never opens a guess.
 */
import { startTransition, useMemo, useState } from 'react';
import type { SearchHit } from '../../lib/search/search-entries';
import { searchWithNotes } from '../../lib/search/search-with-notes';
import type { SearchSource } from '../../components/search/use-search-source';

const RESULT_LIMIT = 20;

export interface PopupSearch {
  query: string;
  setQuery(query: string): void;
  /** The query the hits are for (lags `query` by a render while typing fast). */
  searched: string;
  /** The entries listed: the answers, or, when there are none, the closest entries. */
  hits: readonly SearchHit[];
  /** `hits` are the closest entries, not answers. */
  closestOnly: boolean;
  /** -1: none. */
  activeIndex: number;
  setActiveIndex(index: number): void;
  move(step: 1 | -1): void;
  /** The hit Enter should open: the active one, or, if the list is a keystroke behind, the best for what is typed now. */
  chosen(): SearchHit | undefined;
}

export function usePopupSearch(source: SearchSource): PopupSearch {
  const search = source.state;
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
  const answer = useMemo(
    () => (search.status === 'ready' && searched.trim() ? searchWithNotes(search.index, source.notes, searched, { limit: RESULT_LIMIT }) : { hits: [], closest: [] }),
    [search, source.notes, searched],
  );
  const closestOnly = answer.hits.length === 0 && answer.closest.length > 0;
  const hits = closestOnly ? answer.closest : answer.hits;
  // The active hit is remembered by entry, for the query it was chosen under: a new query starts
  // again at the first hit, but the same hits recomputed (say, when a larger index with the
  // user's imports replaces the bundled one) keep the reader's place.
  const [active, setActive] = useState<{ searched: string; id?: string }>({ searched });
  const kept = active.searched === searched && active.id !== undefined ? hits.findIndex((hit) => hit.id === active.id) : -1;
  const activeIndex = closestOnly ? kept : Math.max(kept, 0);

  return {
    query,
    setQuery,
    searched,
    hits,
    closestOnly,
    activeIndex,
    setActiveIndex: (index) => setActive({ searched, id: hits[index]?.id }),
    move: (step) => {
      if (hits.length === 0) return;
      const from = activeIndex < 0 ? (step === 1 ? -1 : hits.length) : activeIndex;
      setActive({ searched, id: hits[Math.min(Math.max(from + step, 0), hits.length - 1)]?.id });
    },
    chosen: () => {
      if (query === searched) return hits[activeIndex];
      if (search.status !== 'ready' || !query.trim()) return undefined;
      return searchWithNotes(search.index, source.notes, query, { limit: 1 }).hits[0];
    },
  };
}
