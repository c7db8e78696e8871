/**
 * The popup: quick search across the graph (type, arrow to a hit, Enter opens it in the
 * side panel) and the current page's highlighting controls. Keyboard first: the input has
 * focus from the start and keeps it; results are a listbox it points into.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../lib/search/search-entries';
import { PLACEHOLDER_EXAMPLES } from '../../lib/search/search-examples';
import { useT } from '../../components/i18n/i18n-context';
import { OptionsLink } from '../../components/OptionsLink';
import { SearchResults } from '../../components/SearchResults';
import { openSidePanelAndClose } from './open-side-panel';
import { PageControls } from './PageControls';
import { SearchExamples } from './SearchExamples';
import { SearchMessage } from './SearchMessage';
import { useHighlightSettings } from './use-highlight-settings';
import { usePageReport } from './use-page-report';
import { usePageTab } from './use-page-tab';
import { usePopupSearch } from './use-popup-search';
import { useSearchIndex } from './use-search-index';

const LISTBOX_ID = 'popup-results';
const optionId = (index: number) => `popup-result-${index}`;

export function App() {
  const index = useSearchIndex();
  const search = usePopupSearch(index);
  const tabId = usePageTab();
  const highlight = useHighlightSettings(tabId ?? undefined);
  const report = usePageReport(tabId ?? undefined);
  const [openError, setOpenError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const t = useT();

  const hasQuery = search.searched.trim() !== '';
  const state = !hasQuery
    ? 'idle'
    : index.state.status === 'loading' || index.state.status === 'idle'
      ? 'loading'
      : index.state.status === 'failed'
        ? 'failed'
        : search.hits.length > 0 && !search.closestOnly
          ? 'results'
          : 'no-results';
  // The closest entries are listed under the "no entry matches" message.
  const showList = state === 'results' || (state === 'no-results' && search.closestOnly && index.state.status === 'ready' && index.state.complete);

  // Called straight from the key or click handler: the side panel only opens within the gesture.
  const openEntry = (hit: SearchHit) => setOpenError(openSidePanelAndClose({ id: hit.id, view: 'entry' }, tabId ?? undefined, t));
  const openPageView = () => setOpenError(openSidePanelAndClose({ view: 'page' }, tabId ?? undefined, t));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!showList) return;
      event.preventDefault();
      search.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      const hit = search.chosen();
      if (!hit) return;
      event.preventDefault();
      openEntry(hit);
    } else if (event.key === 'Escape') {
      // First Escape clears the query; the next one closes the popup.
      event.preventDefault();
      if (search.query) search.setQuery('');
      else window.close();
    }
  };

  const pickExample = (query: string) => {
    search.setQuery(query);
    input.current?.focus();
  };

  return (
    <div className="popup">
      <header className="popup-header">
        <div className="popup-brand-row">
          <h1 className="popup-brand">{t('app.name')}</h1>
          <OptionsLink className="link-button popup-options" onOpened={() => window.close()}>
            {t('popup.optionsLink')}
          </OptionsLink>
        </div>
        <div className="popup-search" role="search">
          <label htmlFor="popup-query" className="visually-hidden">
            {t('popup.searchLabel')}
          </label>
          <input
            id="popup-query"
            ref={input}
            type="search"
            role="combobox"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            placeholder={t('search.placeholder', { examples: PLACEHOLDER_EXAMPLES })}
            value={search.query}
            aria-expanded={showList}
            aria-controls={LISTBOX_ID}
            aria-autocomplete="list"
            aria-activedescendant={showList && search.activeIndex >= 0 ? optionId(search.activeIndex) : undefined}
            onChange={(event) => search.setQuery(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
        <p className="visually-hidden" aria-live="polite">
          {state === 'results'
            ? t('popup.announceResults', search.hits.length)
            : state === 'no-results'
              ? showList
                ? t('popup.announceClosest', search.hits.length)
                : t('popup.announceNoResults')
              : ''}
        </p>
        {openError && <p className="error popup-open-error">{openError}</p>}
      </header>
      {/* A region that scrolls must be reachable from the keyboard (the options inside are
          chosen from the search field, so none of them takes focus): it is a tab stop itself. */}
      <main className="popup-results" data-search-state={state} tabIndex={0} aria-label={t('popup.resultsRegion')}>
        {state === 'idle' && <SearchExamples onPick={pickExample} />}
        {(state === 'loading' || state === 'failed' || state === 'no-results') && (
          <SearchMessage
            state={state}
            query={search.searched}
            addingImports={index.state.status === 'ready' && !index.state.complete}
            hasClosest={showList}
          />
        )}
        {/* The listbox stays in the page (empty) so aria-controls always points at something. */}
        <div hidden={!showList}>
          <SearchResults
            id={LISTBOX_ID}
            label={search.closestOnly ? t('search.closestLabel') : t('search.results')}
            hits={showList ? search.hits : []}
            activeIndex={search.activeIndex}
            optionId={optionId}
            onHover={search.setActiveIndex}
            onChoose={openEntry}
          />
        </div>
      </main>
      <PageControls tabId={tabId} report={report} highlight={highlight} onOpenPageView={openPageView} />
    </div>
  );
}
