/**
 * Asking the background to open the side panel on an entry, from a click in a web page (the
 * content script) or in the hover card's frame. Within a click, Chrome lets the background open
 * the side panel. A message that reaches the background while it is going to sleep is lost
 * ("Receiving end does not exist"), and one that wakes it may in principle come too late for the
 * gesture. The request is then sent again, a little later each time, while the click still counts
 * as the user's (Chrome allows a few seconds; a retry after 550 ms was measured to open the panel).
 */
import { openSidePanelResponse } from '../messages';
import { retryRequest } from '../retry';
import { sendMessage } from './messaging';

/** A side panel request that went unanswered is sent again after each of these waits. */
const OPEN_RETRY_DELAYS_MS = [250, 500, 1000];

export function requestSidePanel(id: string): void {
  const ask = () => sendMessage('openSidePanel', { id }).then((answer) => openSidePanelResponse.safeParse(answer));
  const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  void retryRequest(ask, (reply) => reply.success && 'ok' in reply.data, OPEN_RETRY_DELAYS_MS, wait);
}
