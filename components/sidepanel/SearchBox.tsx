/**
 * The panel's search: a combobox over the shared search index, with the popup's result
 * list (components/SearchResults), so both look and behave alike. Arrow keys
 * move through results, Enter opens one, Escape clears. Results respect the panel's
 * filters, so "draft documents about AI" is a query plus two filters.
 */
import { useEffect, useMemo, useState, type Ref } from 'react';
import { matchesFilters, type EntryFilters } from '../../lib/graph/filters';
import type { GraphIndex } from '../../lib/graph/graph-index';
import { noteHits } from '../../lib/search/note-hits';
import { searchEntries } from '../../lib/search/search-entries';
import { SEARCH_PLACEHOLDER } from '../../lib/search/search-examples';
import { SearchResults } from '../SearchResults';
import type { SearchIndexState } from './use-search-index';
import { useNotes } from './use-notes';

interface SearchBoxProps {
  graph: GraphIndex;
  search: SearchIndexState;
  filters: EntryFilters;
  filtersActive: boolean;
  onOpen(id: string): void;
  /** The user is about to search: load the index now if it is not loaded yet. */
  onWantSearch(): void;
  inputRef?: Ref<HTMLInputElement>;
  /** Text to search for that came from outside (a context-menu lookup); `at` tells repeats apart. */
  requested?: { text: string; at: number };
}

const SHOWN = 20;
/** Asked of the index before filtering, so filters still leave a full page of results. */
const FETCHED = 80;

/** One option id per entry: stable while the list changes under the keyboard. */
function optionIdOf(entryId: string): string {
  return `search-hit-${entryId}`;
}

export function SearchBox({ graph, search, filters, filtersActive, onOpen, onWantSearch, inputRef, requested }: SearchBoxProps) {
  const [query, setQuery] = useState(requested?.text ?? '');
  const [active, setActive] = useState(0);
  const notes = useNotes();
  // The panel remounts this box (keyed by the request) to replace what was typed; load the index.
  const hasRequest = requested !== undefined;
  useEffect(() => {
    if (hasRequest) onWantSearch();
  }, [hasRequest, onWantSearch]);
  const trimmed = query.trim();
  const hits = useMemo(() => {
    if (!trimmed || search.status !== 'ready') return [];
    const types = filters.types.length > 0 ? filters.types : undefined;
    const fromIndex = searchEntries(search.index, trimmed, { limit: FETCHED, types });
    // Entries found only through the user's own note on them come after the index's hits.
    return [...fromIndex, ...noteHits(graph, notes, trimmed, fromIndex)]
      .filter((hit) => {
        const node = graph.nodesById.get(hit.id);
        return node !== undefined && matchesFilters(graph, node, filters);
      })
      .slice(0, SHOWN);
  }, [trimmed, search, graph, filters, notes]);
  const open = trimmed.length > 0;
  const activeIndex = Math.min(active, Math.max(hits.length - 1, 0));

  const choose = (id: string) => {
    setQuery('');
    setActive(0);
    onOpen(id);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      setActive((activeIndex + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      setActive((activeIndex - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter' && hits[activeIndex]) {
      event.preventDefault();
      choose(hits[activeIndex].id);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
      setActive(0);
    }
  };

  return (
    <div className="search" role="search">
      <label htmlFor="panel-search" className="visually-hidden">
        Search authorities, documents, cases and topics
      </label>
      <input
        id="panel-search"
        ref={inputRef}
        // A lookup from the context menu lands the user in the search, ready to refine it.
        autoFocus={hasRequest}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={SEARCH_PLACEHOLDER}
        value={query}
        aria-expanded={open && hits.length > 0}
        aria-controls="panel-search-results"
        aria-autocomplete="list"
        aria-activedescendant={open && hits[activeIndex] ? optionIdOf(hits[activeIndex].id) : undefined}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onFocus={onWantSearch}
        onPointerEnter={onWantSearch}
      />
      {open && (
        <div className="search-popover">
          <div hidden={hits.length === 0}>
            <SearchResults
              id="panel-search-results"
              label="Search results"
              hits={hits}
              activeIndex={activeIndex}
              optionId={(position) => optionIdOf(hits[position]?.id ?? String(position))}
              onHover={setActive}
              onChoose={(hit) => choose(hit.id)}
            />
          </div>
          <p role="status" className="search-status muted">
            {searchStatus(search, hits.length, trimmed, filtersActive)}
          </p>
        </div>
      )}
    </div>
  );
}

function searchStatus(search: SearchIndexState, count: number, query: string, filtersActive: boolean): string {
  if (search.status === 'loading' || search.status === 'idle') return 'Loading search…';
  if (search.status === 'failed') return 'Search is unavailable in this build. Open entries from the page or the graph instead.';
  if (count > 0) return `${count === SHOWN ? `Top ${count}` : count} result${count === 1 ? '' : 's'}. Use ↑ ↓ and Enter to open.`;
  return filtersActive
    ? `Nothing matches “${query}” with the current filters. Clear the filters to search everything.`
    : `Nothing in TMT Lens matches “${query}”. Try a shorter name, an abbreviation or a code.`;
}
