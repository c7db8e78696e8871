/**
 * The background's half of the hover card: it pairs each content script's port with the card
 * frame that script made (same tab, same random token), fills in what the card says, and passes
 * the frame's events back. The content script never receives the card's words, only its size.
 *
 * A port is accepted only from where it should come: the content script's from a web page
 * (http or https), the frame's from this extension's card page. A second claim to a token that
 * is already paired is refused, and what does not parse is dropped.
 */
import { browser, type Browser } from 'wxt/browser';
import { CARD_FRAME_PORT, CARD_HOST_PORT, CARD_PAGE, cardFrameEvent } from '../card/protocol';
import { cardHello, cardShowRequest, type CardContent, type CardShowRequest } from '../card/request-protocol';

type Port = Browser.runtime.Port;
type Sender = Browser.runtime.MessageSender;

interface Pair {
  host?: Port;
  frame?: Port;
  /** A show request that came before the frame had connected: only the latest counts. */
  waiting?: unknown;
}

/**
 * `contentOf` says what a card shows; `prepare` runs when a content script makes its card (the
 * pointer has come onto a name, the card is due after the hover delay), to load what
 * `contentOf` needs meanwhile.
 */
export function startCardRelay(contentOf: (request: CardShowRequest) => Promise<CardContent>, prepare: () => void): void {
  const pairs = new Map<string, Pair>();

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CARD_HOST_PORT && port.name !== CARD_FRAME_PORT) return;
    const isFrame = port.name === CARD_FRAME_PORT;
    const tab = port.sender?.tab;
    if (tab?.id === undefined || !(isFrame ? isCardFrame(port.sender) : isWebPage(port.sender))) {
      port.disconnect();
      return;
    }
    let key: string | undefined;

    port.onMessage.addListener((message: unknown) => {
      if (key === undefined) {
        const hello = cardHello.safeParse(message);
        const claimed = hello.success ? `${tab.id}:${hello.data.hello}` : undefined;
        const pair = claimed === undefined ? undefined : (pairs.get(claimed) ?? {});
        if (claimed === undefined || !pair || (isFrame ? pair.frame : pair.host)) {
          port.disconnect();
          return;
        }
        key = claimed;
        pairs.set(key, pair);
        if (isFrame) {
          pair.frame = port;
          pair.host?.postMessage({ frameReady: true });
          if (pair.waiting !== undefined) port.postMessage(pair.waiting);
          pair.waiting = undefined;
        } else {
          pair.host = port;
          prepare();
          if (pair.frame) port.postMessage({ frameReady: true });
        }
        return;
      }
      const pair = pairs.get(key);
      if (!pair) return;
      if (isFrame) {
        const event = cardFrameEvent.safeParse(message);
        if (event.success) pair.host?.postMessage(event.data);
        return;
      }
      const request = cardShowRequest.safeParse(message);
      if (!request.success) return;
      void contentOf(request.data.show).then(
        (content) => {
          const show = { show: { seq: request.data.show.seq, content, maxWidth: request.data.show.maxWidth } };
          if (pair.frame) pair.frame.postMessage(show);
          else pair.waiting = show;
        },
        (error: unknown) => console.warn('TMT Lens: could not make a card', error),
      );
    });

    port.onDisconnect.addListener(() => {
      if (key === undefined) return;
      const pair = pairs.get(key);
      if (!pair) return;
      if (isFrame) {
        pair.frame = undefined;
        // The frame was unloaded: removed with its host, or navigated away by someone else.
        pair.host?.postMessage({ frameGone: true });
      } else {
        pair.host = undefined;
        pair.frame?.disconnect();
        pair.frame = undefined;
      }
      if (!pair.host && !pair.frame) pairs.delete(key);
    });
  });
}

function isWebPage(sender: Sender | undefined): boolean {
  return sender?.id === browser.runtime.id && typeof sender.url === 'string' && /^https?:/.test(sender.url);
}

/** This extension's card page (by its path: Chrome may load it at a per-session address). */
function isCardFrame(sender: Sender | undefined): boolean {
  if (sender?.id !== browser.runtime.id || typeof sender.url !== 'string') return false;
  try {
    const url = new URL(sender.url);
    return /^(chrome|moz)-extension:$/.test(url.protocol) && url.pathname === `/${CARD_PAGE}`;
  } catch {
    return false;
  }
}
