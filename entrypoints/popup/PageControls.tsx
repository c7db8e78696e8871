/**
 * The popup's footer: what TMT Lens recognised on the current tab, a way into the side
 * panel's "On this page" view, and highlighting on/off for this site and for all sites.
 */
import type { PageMentionsReport } from '../../lib/messages';
import { siteOf, type HighlightSettings } from '../../lib/settings';
import { HighlightSwitch } from './HighlightSwitch';
import type { HighlightControls } from './use-highlight-settings';

interface PageControlsProps {
  /** undefined while looking; null when there is no page. */
  tabId: number | null | undefined;
  report: PageMentionsReport | null | undefined;
  highlight: HighlightControls;
  onOpenPageView(): void;
}

export function PageControls({ tabId, report, highlight, onOpenPageView }: PageControlsProps) {
  const { settings } = highlight;
  const site = report ? siteOf(report.url) : undefined;
  const siteOn = settings !== undefined && site !== undefined && !settings.disabledSites.includes(site);
  return (
    <footer className="popup-page" aria-label="This page">
      <div className="popup-page-row">
        <p className="popup-page-summary" aria-live="polite">
          {pageSummary(tabId, report, site, settings)}
        </p>
        <button type="button" onClick={onOpenPageView} disabled={tabId === null || tabId === undefined || !site}>
          On this page
        </button>
      </div>
      <HighlightSwitch
        label={site ? `Highlight on ${site}` : 'Highlight on this site'}
        checked={siteOn}
        disabled={!site || !settings?.enabled}
        description={site && settings && !settings.enabled ? '(off on all sites)' : undefined}
        onChange={(on) => site && highlight.setOnSite(site, on)}
      />
      <HighlightSwitch
        label="Highlight on all sites"
        checked={settings?.enabled ?? false}
        disabled={!settings}
        onChange={(on) => highlight.setEverywhere(on)}
      />
      {highlight.error && <p className="error popup-page-error">{highlight.error}</p>}
    </footer>
  );
}

function pageSummary(
  tabId: number | null | undefined,
  report: PageMentionsReport | null | undefined,
  site: string | undefined,
  settings: HighlightSettings | undefined,
): string {
  if (tabId === undefined || (tabId !== null && report === undefined)) return 'Checking this tab…';
  if (tabId === null) return 'Open TMT Lens on a web page to see what it finds there.';
  if (!site) return 'TMT Lens reads web pages only; reload a page opened before it was installed.';
  if (settings && !settings.enabled) return 'Highlighting is off on all sites.';
  if (settings?.disabledSites.includes(site)) return 'Highlighting is off on this site.';
  // Just switched on: the tab's last report is from while it was off, and the new one follows its scan.
  if (report?.active === false) return 'Looking for names on this page…';
  const count = Object.keys(report?.counts ?? {}).length;
  if (count === 0) return 'Nothing recognised on this page.';
  return `${count} ${count === 1 ? 'entry' : 'entries'} recognised on this page`;
}
