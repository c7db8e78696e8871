/**
 * The popup's footer: what TMT Lens recognised on the current tab, a way into the side
 * panel's "On this page" view, and highlighting on/off for this site and for all sites.
 */
import type { PageMentionsReport } from '../../lib/messages';
import { siteOf, type HighlightSettings } from '../../lib/settings';
import { HighlightSwitch } from './HighlightSwitch';
import type { HighlightControls } from './use-highlight-settings';
import { useT } from '../../components/i18n/i18n-context';
import type { Translate } from '../../lib/i18n/translate';

interface PageControlsProps {
  /** undefined while looking; null when there is no page. */
  tabId: number | null | undefined;
  report: PageMentionsReport | null | undefined;
  highlight: HighlightControls;
  onOpenPageView(): void;
}

export function PageControls({ tabId, report, highlight, onOpenPageView }: PageControlsProps) {
  const { settings } = highlight;
  const t = useT();
  const site = report ? siteOf(report.url) : undefined;
  const siteOn = settings !== undefined && site !== undefined && !settings.disabledSites.includes(site);
  return (
    <footer className="popup-page" aria-label={t('popup.pageRegion')}>
      <div className="popup-page-row">
        <p className="popup-page-summary" aria-live="polite">
          {pageSummary(t, tabId, report, site, settings)}
        </p>
        <button type="button" onClick={onOpenPageView} disabled={tabId === null || tabId === undefined || !site}>
          {t('popup.onThisPage')}
        </button>
      </div>
      <HighlightSwitch
        label={site ? t('popup.highlightOnSite', { site }) : t('popup.highlightOnThisSite')}
        checked={siteOn}
        disabled={!site || !settings?.enabled}
        description={site && settings && !settings.enabled ? t('popup.offEverywhereNote') : undefined}
        onChange={(on) => site && highlight.setOnSite(site, on)}
      />
      <HighlightSwitch
        label={t('popup.highlightEverywhere')}
        checked={settings?.enabled ?? false}
        disabled={!settings}
        onChange={(on) => highlight.setEverywhere(on)}
      />
      {highlight.error && <p className="error popup-page-error">{t('popup.saveFailed')}</p>}
    </footer>
  );
}

function pageSummary(
  t: Translate,
  tabId: number | null | undefined,
  report: PageMentionsReport | null | undefined,
  site: string | undefined,
  settings: HighlightSettings | undefined,
): string {
  if (tabId === undefined || (tabId !== null && report === undefined)) return t('popup.checking');
  if (tabId === null) return t('popup.noPage');
  if (!site) return t('popup.notRead');
  if (settings && !settings.enabled) return t('popup.offEverywhere');
  if (settings?.disabledSites.includes(site)) return t('popup.offHere');
  // Just switched on: the tab's last report is from while it was off, and the new one follows its scan.
  if (report?.active === false) return t('popup.looking');
  const count = Object.keys(report?.counts ?? {}).length;
  if (count === 0) return t('popup.nothing');
  return t('popup.recognised', count);
}
