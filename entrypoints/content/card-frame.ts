/**
 * The hover card's place in the page: a plain `div` host under <html> with a closed shadow root
 * holding one frame of this extension's card page. The page cannot read or script the frame
 * (another origin), and what it shows arrives there from the background, never through this
 * script (card-relay.ts): this side only says which entry, and hears back the card's size.
 *
 * The host is a manual popover, shown in the browser's top layer, where no element of the page
 * can be drawn over it except the page's own later popovers and dialogs (which card-guard.ts
 * watches for). Its styles are set `!important` from inside the shadow root, which outranks every
 * rule the page can write for it, inline styles included. Not a custom element: a page can
 * define a custom element's name first and so get its ElementInternals and shadow root.
 */
import { browser, type Browser } from 'wxt/browser';
import { CARD_HOST_PORT, CARD_PAGE, cardHostEvent, newCardToken, type CardHostEvent } from '../../lib/card/protocol';
import type { CardShowRequest } from '../../lib/card/request-protocol';
import { placeCard } from '../../lib/card/placement';
import { benchMeasure } from '../../lib/bench-timing';

// Kept on few lines: it ships in the content script of every page.
const HOST_CSS = [
  ':host{all:initial!important;display:block!important;position:fixed!important;inset:0 auto auto 0!important;width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;overflow:visible!important;background:none!important;opacity:1!important;pointer-events:none!important;visibility:hidden!important}',
  ':host(:popover-open){visibility:visible!important}:host::backdrop{display:none!important}',
  'iframe{all:initial;visibility:inherit;position:fixed;left:0;top:0;width:360px;height:120px;border:0;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);color-scheme:light dark;pointer-events:auto}',
].join('');

export interface CardFrameEvents {
  /** The card is drawn and placed (in the top layer) as `drawn`, having been given `set`; `requestedAt` is when its request went out. */
  onShown(drawn: DOMRect, set: DOMRect, requestedAt: number): void;
  onHolding(holding: boolean): void;
  onClose(): void;
  /** The frame was unloaded while this host still had it: removed, or navigated by the page. */
  onFrameGone(): void;
  /** The background is out of reach (the extension was updated, or the page went to the back-forward cache). */
  onDisconnected(): void;
}

export class CardFrame {
  readonly host: HTMLDivElement;
  readonly root: ShadowRoot;
  readonly frame: HTMLIFrameElement;
  private readonly port: Browser.runtime.Port;
  private seq = 0;
  private pending: { seq: number; id: string; anchor: DOMRect; at: number } | undefined;
  private shown: string | undefined;
  private closed = false;
  private readonly createdAt = performance.now();

  /** `title` is the frame's accessible name, in the UI language (lib/card/frame-title.ts). */
  constructor(private events: CardFrameEvents, title: string) {
    const token = newCardToken((bytes) => crypto.getRandomValues(bytes));
    this.host = document.createElement('div');
    this.host.popover = 'manual';
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = HOST_CSS;
    this.frame = document.createElement('iframe');
    this.frame.title = title;
    // In Chrome the address is the per-session one (use_dynamic_url in wxt.config.ts).
    this.frame.src = `${(browser.runtime as unknown as { getURL(path: string): string }).getURL(`/${CARD_PAGE}`)}#${token}`;
    this.root.append(style, this.frame);
    document.documentElement.append(this.host);
    this.port = browser.runtime.connect({ name: CARD_HOST_PORT });
    this.port.postMessage({ hello: token });
    this.port.onMessage.addListener((message: unknown) => {
      const event = cardHostEvent.safeParse(message);
      if (event.success) this.receive(event.data);
    });
    this.port.onDisconnect.addListener(() => {
      if (!this.closed) this.events.onDisconnected();
    });
  }

  /** The entry whose card is up, if one is. */
  get visibleId(): string | undefined {
    return this.shown;
  }

  show(request: Omit<CardShowRequest, 'seq' | 'maxWidth'>, anchor: DOMRect): void {
    const seq = ++this.seq;
    this.pending = { seq, id: request.id, anchor, at: performance.now() };
    const show: CardShowRequest = { ...request, seq, maxWidth: Math.max(200, Math.min(360, window.innerWidth - 16)) };
    this.port.postMessage({ show });
  }

  hide(): void {
    this.pending = undefined;
    this.shown = undefined;
    if (this.host.isConnected && this.host.matches(':popover-open')) this.host.hidePopover();
  }

  /** Puts the card back on top of the top layer (after a page's own popover or dialog opened). */
  raise(): void {
    if (this.host.parentNode !== document.documentElement) return;
    if (this.host.matches(':popover-open')) this.host.hidePopover();
    this.host.showPopover();
  }

  remove(): void {
    this.closed = true;
    this.pending = undefined;
    this.shown = undefined;
    this.port.disconnect();
    this.host.remove();
  }

  private receive(event: CardHostEvent): void {
    if ('frameReady' in event) {
      benchMeasure('tmt-lens:card-frame-load', { start: this.createdAt, end: performance.now() });
    } else if ('frameGone' in event) {
      if (!this.closed) this.events.onFrameGone();
    } else if ('holding' in event) {
      this.events.onHolding(event.holding);
    } else if ('close' in event) {
      this.events.onClose();
    } else if (this.pending?.seq === event.shown.seq) {
      const { anchor, id, at } = this.pending;
      this.pending = undefined;
      const { left, top } = placeCard(anchor, event.shown, { width: window.innerWidth, height: window.innerHeight });
      const style = this.frame.style;
      style.left = `${left}px`;
      style.top = `${top}px`;
      style.width = `${event.shown.width}px`;
      style.height = `${event.shown.height}px`;
      this.shown = id;
      this.raise();
      // As drawn (a page zoomed as a whole draws it larger or smaller than the sizes set here).
      this.events.onShown(this.frame.getBoundingClientRect(), new DOMRect(left, top, event.shown.width, event.shown.height), at);
    }
  }
}
