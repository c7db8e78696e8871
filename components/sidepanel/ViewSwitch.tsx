import { useT } from '../i18n/i18n-context';

/** Switches between the current entry (or the start view, before any) and the "On this page" list; both are steps in the panel's history. */
interface ViewSwitchProps {
  view: 'entry' | 'page' | 'home';
  hasEntry: boolean;
  pageCount: number | undefined;
  onEntry(): void;
  onPage(): void;
}

export function ViewSwitch({ view, hasEntry, pageCount, onEntry, onPage }: ViewSwitchProps) {
  const t = useT();
  return (
    <nav className="view-switch" aria-label={t('panel.views')}>
      <button type="button" aria-current={view !== 'page' ? 'page' : undefined} onClick={onEntry}>
        {hasEntry ? t('panel.viewEntry') : t('panel.viewStart')}
      </button>
      <button type="button" aria-current={view === 'page' ? 'page' : undefined} onClick={onPage}>
        {t('panel.viewPage')}
        {pageCount !== undefined && <span className="count">{pageCount}</span>}
      </button>
    </nav>
  );
}
