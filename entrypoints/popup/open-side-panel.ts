/**
 * Opening the side panel from the popup, then closing the popup. The open call happens
 * synchronously (Chrome only honours it inside the user's gesture); the request itself
 * reaches the panel through session storage, written asynchronously, so the popup waits
 * for that write before closing (closing first would drop it).
 */
import { openSidePanelFor, type SidePanelRequest } from '../../lib/ext/side-panel';
import { sidePanelTarget } from '../../lib/ext/stores';
import type { Translate } from '../../lib/i18n/translate';

const HAND_OVER_TIMEOUT_MS = 1000;

/** Opens the panel beside the tab `tabId`; returns an error to show, if any. */
export function openSidePanelAndClose(request: SidePanelRequest, tabId: number | undefined, t: Translate): string | undefined {
  const askedAt = Date.now();
  let result: ReturnType<typeof openSidePanelFor>;
  try {
    result = openSidePanelFor(request, tabId, undefined);
  } catch {
    // Chrome refuses synchronously when it cannot tell which window the panel belongs to.
    return t('popup.openFailed');
  }
  // The one refusal openSidePanelFor words itself: a browser without a side panel.
  if ('error' in result) return t('popup.noSidePanel');
  void handedOver(askedAt).then(() => window.close());
  return undefined;
}

function handedOver(askedAt: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unwatch();
      resolve();
    };
    const timer = setTimeout(done, HAND_OVER_TIMEOUT_MS);
    const unwatch = sidePanelTarget.watch((target) => {
      if (target && target.at >= askedAt) done();
    });
    // The write may already have landed before the watch was in place.
    void sidePanelTarget.getValue().then((target) => {
      if (target && target.at >= askedAt) done();
    });
  });
}
