/**
 * The web page the popup acts on: the active tab of the popup's window. Tests open
 * popup.html as a tab of its own, where the active tab is the popup itself; they name the
 * page with `?tabId=N` (the side panel's convention, see lib/ext/panel-navigation.ts).
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { pinnedTabIdFromUrl } from '../../lib/ext/panel-navigation';
import { siteOf } from '../../lib/settings';

export interface PageTab {
  id: number;
  windowId: number;
  /** Hostname the site switch applies to; undefined for pages highlighting never runs on. */
  site?: string;
}

/** undefined while looking; null when there is no web page to act on. */
export function usePageTab(): PageTab | null | undefined {
  const [tab, setTab] = useState<PageTab | null | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    findTab().then(
      (found) => !cancelled && setTab(found),
      () => !cancelled && setTab(null),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return tab;
}

async function findTab(): Promise<PageTab | null> {
  const pinned = pinnedTabIdFromUrl(location.search);
  const [own, tab] = await Promise.all([
    browser.tabs.getCurrent(),
    pinned !== undefined ? browser.tabs.get(pinned) : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active),
  ]);
  // Opened as a tab of its own (not from the toolbar): there is no page beside it.
  if (tab?.id === undefined || tab.id === own?.id) return null;
  return { id: tab.id, windowId: tab.windowId, site: tab.url ? siteOf(tab.url) : undefined };
}
