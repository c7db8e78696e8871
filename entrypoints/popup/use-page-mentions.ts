/**
 * How many entries the content script recognised on the page. Polled while the popup is
 * open: a page still loading, or rescanned after a settings change, reports again.
 */
import { useEffect, useState } from 'react';
import { fetchPageMentions } from '../../lib/ext/panel-navigation';

const POLL_MS = 1000;

/** undefined while asking or if the page never reported; otherwise the number of distinct entries. */
export function usePageMentionCount(tabId: number | undefined): number | undefined {
  const [count, setCount] = useState<number>();
  useEffect(() => {
    if (tabId === undefined) return;
    let cancelled = false;
    const refresh = () =>
      fetchPageMentions(tabId).then(
        (report) => !cancelled && setCount(report ? Object.keys(report.counts).length : undefined),
        () => undefined,
      );
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [tabId]);
  return count;
}
