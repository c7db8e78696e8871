/**
 * The panel's search: a combobox over the shared search index, with the popup's result
 * list (components/SearchResults), so both look and behave alike. Arrow keys
 * move through results, Enter opens one, Escape clears. Results respect the panel's
 * filters, so "draft documents about AI" is a query plus two filters. It searches what the
 * popup searches (imports and notes included); when nothing matches it says so and lists
 * the closest entries, marked as such, with none chosen until the arrow keys choose one.
 */
import { useEffect, useMemo, useState, type Ref } from 'react';
import { matchesFilters, type EntryFilters } from '../../lib/graph/filters';
import type { GraphIndex } from '../../lib/graph/graph-index';
import { PLACEHOLDER_EXAMPLES } from '../../lib/search/search-examples';
import type { Translate } from '../../lib/i18n/translate';
import { useT } from '../i18n/i18n-context';
import { richText } from '../i18n/rich-text';
import { searchWithNotes } from '../../lib/search/search-with-notes';
import { OptionsLink } from '../OptionsLink';
import type { SearchSource, SearchSourceState } from '../search/use-search-source';
import { SearchResults } from '../SearchResults';

interface SearchBoxProps {
  graph: GraphIndex;
  search: SearchSource;
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
  const t = useT();
  const [query, setQuery] = useState(requested?.text ?? '');
  const [active, setActive] = useState(0);
  // The panel remounts this box (keyed by the request) to replace what was typed; load the index.
  const hasRequest = requested !== undefined;
  useEffect(() => {
    if (hasRequest) onWantSearch();
  }, [hasRequest, onWantSearch]);
  const trimmed = query.trim();
  const { state, notes } = search;
  const { hits, closestOnly } = useMemo(() => {
    if (!trimmed || state.status !== 'ready') return { hits: [], closestOnly: false };
    const types = filters.types.length > 0 ? filters.types : undefined;
    const answer = searchWithNotes(state.index, notes, trimmed, { limit: FETCHED, types });
    const shown = (list: typeof answer.hits) =>
      list
        .filter((hit) => {
          const node = graph.nodesById.get(hit.id);
          return node !== undefined && matchesFilters(graph, node, filters);
        })
        .slice(0, SHOWN);
    const answers = shown(answer.hits);
    return answers.length > 0 || answer.hits.length > 0 ? { hits: answers, closestOnly: false } : { hits: shown(answer.closest), closestOnly: true };
  }, [trimmed, state, graph, filters, notes]);
  const open = trimmed.length > 0;
  // -1: no option active (the closest entries wait for the arrow keys).
  const activeIndex = Math.min(active, hits.length - 1);

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
      setActive(activeIndex <= 0 ? hits.length - 1 : activeIndex - 1);
    } else if (event.key === 'Enter' && activeIndex >= 0 && hits[activeIndex]) {
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
        {t('panelSearch.label')}
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
        placeholder={t('search.placeholder', { examples: PLACEHOLDER_EXAMPLES })}
        value={query}
        aria-expanded={open && hits.length > 0}
        aria-controls="panel-search-results"
        aria-autocomplete="list"
        aria-activedescendant={open && activeIndex >= 0 && hits[activeIndex] ? optionIdOf(hits[activeIndex].id) : undefined}
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
          {closestOnly && hits.length > 0 && <p className="search-closest-heading">{t('panelSearch.closestHeading', { query: trimmed })}</p>}
          <div hidden={hits.length === 0}>
            <SearchResults
              id="panel-search-results"
              label={closestOnly ? t('search.closestLabel') : t('search.results')}
              hits={hits}
              activeIndex={activeIndex}
              optionId={(position) => optionIdOf(hits[position]?.id ?? String(position))}
              onHover={setActive}
              onChoose={(hit) => choose(hit.id)}
            />
          </div>
          <p role="status" className="search-status muted">
            {searchStatus(t, state, closestOnly ? 0 : hits.length, trimmed, filtersActive)}
          </p>
          {(closestOnly || (hits.length === 0 && state.status === 'ready')) && !filtersActive && (
            <p className="search-status muted">
              {richText(t, 'panelSearch.notYet', { link: <OptionsLink>{t('search.importLink')}</OptionsLink> })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function searchStatus(t: Translate, search: SearchSourceState, count: number, query: string, filtersActive: boolean): string {
  if (search.status === 'loading' || search.status === 'idle') return t('panelSearch.loading');
  if (search.status === 'failed') return t('panelSearch.failed');
  if (count > 0) return count === SHOWN ? t('panelSearch.top', [count]) : t('panelSearch.count', count);
  if (search.status === 'ready' && !search.complete) return t('panelSearch.addingImports', { query });
  return filtersActive
    ? t('panelSearch.noneFiltered', { query })
    : t('panelSearch.none', { query });
}
