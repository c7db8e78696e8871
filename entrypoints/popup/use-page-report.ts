/**
 * The content script's last report on the page: its address and which entries it
 * recognised. Polled while the popup is open: a page still loading, or rescanned after a
 * settings change, reports again.
 */
import { useEffect, useState } from 'react';
import { fetchPageMentions } from '../../lib/ext/panel-navigation';
import type { PageMentionsReport } from '../../lib/messages';

const POLL_MS = 1000;

/** undefined until asked; null if the page has no report (no content script ran there). */
export function usePageReport(tabId: number | undefined): PageMentionsReport | null | undefined {
  const [report, setReport] = useState<PageMentionsReport | null>();
  useEffect(() => {
    if (tabId === undefined) return;
    let cancelled = false;
    let last = '';
    const refresh = () =>
      fetchPageMentions(tabId).then(
        (next) => {
          // An unchanged report must not re-render the popup every second.
          const key = JSON.stringify(next);
          if (cancelled || key === last) return;
          last = key;
          setReport(next);
        },
        () => !cancelled && setReport(null),
      );
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [tabId]);
  return report;
}
