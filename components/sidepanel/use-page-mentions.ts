/**
 * What the content script found on the page the panel sits beside. Refreshed when the user
 * switches tabs or a tab loads, and polled while the panel is visible, because pages that
 * change (feeds, single-page apps) are rescanned by the content script without navigating.
 */
import { useEffect, useState } from 'react';
import { fetchPageMentions, findPageTab, watchPageTabs } from '../../lib/ext/panel-navigation';
import type { PageMentionsReport } from '../../lib/messages';

export type PageMentionsState =
  | { status: 'loading' }
  | { status: 'no-page' }
  | { status: 'not-scanned'; tabId: number }
  | { status: 'ready'; tabId: number; report: PageMentionsReport };

const POLL_MS = 1500;

export function usePageMentions(pinnedTabId?: number): PageMentionsState {
  const [state, setState] = useState<PageMentionsState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let last = '';
    const apply = (next: PageMentionsState) => {
      // Skip identical reports so an unchanged page does not re-render the panel every poll.
      const key = JSON.stringify(next);
      if (cancelled || key === last) return;
      last = key;
      setState(next);
    };
    const refresh = async () => {
      try {
        const tabId = await findPageTab(pinnedTabId);
        if (tabId === undefined) return apply({ status: 'no-page' });
        const report = await fetchPageMentions(tabId);
        apply(report ? { status: 'ready', tabId, report } : { status: 'not-scanned', tabId });
      } catch {
        apply({ status: 'no-page' });
      }
    };
    // The first look waits for idle time: it wakes the background, which would otherwise
    // compete with drawing the entry the panel was opened for.
    const first = requestIdleCallback(() => void refresh(), { timeout: 500 });
    const stopWatching = watchPageTabs(() => void refresh());
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, POLL_MS);
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      cancelIdleCallback(first);
      stopWatching();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [pinnedTabId]);
  return state;
}

/** How many distinct entries the page mentions, for the view switch's count. */
export function mentionedEntryCount(state: PageMentionsState): number | undefined {
  return state.status === 'ready' ? Object.keys(state.report.counts).length : undefined;
}
