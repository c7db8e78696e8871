/**
 * The tab the popup acts on: the active tab of the popup's window. Tests open popup.html
 * as a tab of its own, where the active tab is the popup itself; they name the page with
 * `?tabId=N` (the side panel's convention, see lib/ext/panel-navigation.ts). The page's
 * address is not readable here (no "tabs" permission): the content script's report has it.
 */
import { useEffect, useState } from 'react';
import { findPageTab, pinnedTabIdFromUrl } from '../../lib/ext/panel-navigation';

/** undefined while looking; null when there is no page to act on. */
export function usePageTab(): number | null | undefined {
  const [tabId, setTabId] = useState<number | null>();
  useEffect(() => {
    let cancelled = false;
    findPageTab(pinnedTabIdFromUrl(location.search)).then(
      (found) => !cancelled && setTabId(found ?? null),
      () => !cancelled && setTabId(null),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return tabId;
}
