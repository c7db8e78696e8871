/**
 * The side panel once the graph is loaded: toolbar (history, filters), search, the view
 * switch, and the entry, "On this page" or start view. It follows navigation requests from
 * the rest of the extension while open.
 */
import { useEffect, useRef, useState } from 'react';
import { watchPanelRequests, type PanelRequest } from '../../lib/ext/panel-navigation';
import { countActiveFilters, isFiltering, NO_FILTERS, type EntryFilters } from '../../lib/graph/filters';
import type { GraphIndex } from '../../lib/graph/graph-index';
import { EntryNavigationContext } from '../entry/entry-navigation';
import { EntryView } from '../entry/EntryView';
import { OptionsLink } from '../OptionsLink';
import { FilterPanel } from './FilterPanel';
import { GraphPanel } from './GraphPanel';
import { OnThisPage } from './OnThisPage';
import { SearchBox } from './SearchBox';
import { mentionedEntryCount, usePageMentions } from './use-page-mentions';
import { usePanelHistory, type PanelLocation } from './use-panel-history';
import { usePanelShortcuts } from './use-panel-shortcuts';
import { useSearchIndex } from './use-search-index';
import { ViewSwitch } from './ViewSwitch';
import { Welcome } from './Welcome';
import { useT } from '../i18n/i18n-context';
import '../sidepanel.css';

interface PanelProps {
  index: GraphIndex;
  initialRequest: PanelRequest | null;
  /** A tab fixed by the page URL for "On this page"; otherwise the active tab is followed. */
  pinnedTabId?: number;
}

export function locationOf(request: PanelRequest | null): PanelLocation | null {
  if (!request) return null;
  if (request.view === 'page') return { view: 'page' };
  return request.id ? { view: 'entry', id: request.id } : null;
}

export function Panel({ index, initialRequest, pinnedTabId }: PanelProps) {
  const t = useT();
  const history = usePanelHistory(locationOf(initialRequest) ?? { view: 'home' });
  const { location, go } = history;
  const [filters, setFilters] = useState<EntryFilters>(NO_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [depth, setDepth] = useState<1 | 2>(1);
  const search = useSearchIndex();
  const page = usePageMentions(pinnedTabId);
  const searchRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const isFirstLocation = useRef(true);
  const [searchRequest, setSearchRequest] = useState(initialRequest?.query ? { text: initialRequest.query, at: initialRequest.at } : undefined);

  useEffect(() => watchPanelRequests((request) => {
    if (request.query) {
      setSearchRequest({ text: request.query, at: request.at });
      return;
    }
    const next = locationOf(request);
    if (next) go(next);
  }), [go]);

  // After each navigation (not the first view), start at the top and move focus to the new
  // entry's title, so keyboard and screen-reader users land where sighted users look.
  useEffect(() => {
    if (isFirstLocation.current) {
      isFirstLocation.current = false;
      return;
    }
    mainRef.current?.scrollTo({ top: 0 });
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [location]);

  usePanelShortcuts({
    back: history.back,
    forward: history.forward,
    focusSearch: () => searchRef.current?.focus(),
  });

  const openEntry = (id: string) => go({ view: 'entry', id });
  const filtersKey = isFiltering(filters) ? JSON.stringify(filters) : '';
  const activeFilters = countActiveFilters(filters);

  return (
    <EntryNavigationContext value={{ openEntry }}>
      <div className="panel">
        <header className="panel-header">
          <div className="panel-toolbar">
            <div className="history-buttons" role="group" aria-label={t('panel.history')}>
              <button type="button" onClick={history.back} disabled={!history.canGoBack} aria-label={t('panel.back')} title={t('panel.backTitle')}>
                ←
              </button>
              <button type="button" onClick={history.forward} disabled={!history.canGoForward} aria-label={t('panel.forward')} title={t('panel.forwardTitle')}>
                →
              </button>
            </div>
            <h1 className="panel-brand">{t('app.name')}</h1>
            <button
              type="button"
              className="filter-toggle"
              aria-expanded={filtersOpen}
              aria-controls="panel-filters"
              onClick={() => setFiltersOpen((open) => !open)}
            >
              {t('panel.filters')}{activeFilters > 0 && <span className="count count-strong">{activeFilters}</span>}
            </button>
            <OptionsLink className="link-button panel-options">{t('panel.options')}</OptionsLink>
          </div>
          <SearchBox
            key={searchRequest?.at ?? 0}
            graph={index}
            search={search}
            onWantSearch={search.load}
            filters={filters}
            filtersActive={activeFilters > 0}
            onOpen={openEntry}
            inputRef={searchRef}
            requested={searchRequest}
          />
          {filtersOpen && <FilterPanel index={index} filters={filters} onChange={setFilters} />}
          <ViewSwitch
            view={location.view}
            hasEntry={history.lastEntryId !== undefined}
            pageCount={mentionedEntryCount(page)}
            onEntry={() => go(history.lastEntryId ? { view: 'entry', id: history.lastEntryId } : { view: 'home' })}
            onPage={() => go({ view: 'page' })}
          />
        </header>
        <main className="panel-main" ref={mainRef}>
          {location.view === 'page' && <OnThisPage index={index} page={page} onOpen={openEntry} />}
          {location.view === 'home' && <Welcome index={index} />}
          {location.view === 'entry' && (
            <EntryLocation
              index={index}
              id={location.id}
              headingRef={headingRef}
              graph={(centreId) => (
                <GraphPanel
                  index={index}
                  centre={index.nodesById.get(centreId)!}
                  depth={depth}
                  onDepthChange={setDepth}
                  filters={filters}
                  filtersKey={filtersKey}
                  onOpen={openEntry}
                />
              )}
            />
          )}
        </main>
      </div>
    </EntryNavigationContext>
  );
}

interface EntryLocationProps {
  index: GraphIndex;
  id: string;
  headingRef: React.Ref<HTMLHeadingElement>;
  graph(centreId: string): React.ReactNode;
}

function EntryLocation({ index, id, headingRef, graph }: EntryLocationProps) {
  const t = useT();
  const node = index.nodesById.get(id);
  if (!node) {
    return (
      <div className="empty-state" role="status">
        <h2 ref={headingRef} tabIndex={-1}>
          {t('panel.noEntryTitle')}
        </h2>
        <p>{t('panel.noEntryText', { id })}</p>
      </div>
    );
  }
  return <EntryView index={index} node={node} graph={graph(id)} headingRef={headingRef} />;
}
