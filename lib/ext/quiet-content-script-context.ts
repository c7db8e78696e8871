/**
 * The content script's context, in place of WXT's (wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this module): the same calls, without telling the page.
 *
 * WXT's context announces every start to the page: a `window.postMessage` and a CustomEvent on
 * `document`, both named after the extension's id, and its URL watcher dispatches another such
 * event on `window`. A page sees all three, so any page could tell that TMT Lens is installed
 * (its id identifies it), and a page that dispatched the same CustomEvent would stop the script.
 * They exist so that a newly injected copy of a content script stops an older one in the same
 * page (WXT's development reloads, or scripts injected again by an extension). TMT Lens never
 * injects its script again: a page gets one copy, on load. What remains is the copy left behind
 * when the extension is updated, reloaded or removed while the page is open: it finds out from
 * its own runtime, whose id is gone, the next time it runs a timer or the page is shown again,
 * and then stops (as WXT's context does too).
 *
 * Single-page navigations are watched here and told only to this script's own listeners.
 */
import { browser } from 'wxt/browser';

const LOCATION_CHANGE = 'wxt:locationchange';
/** Where the Navigation API is missing (older Firefox), the address is polled this often. */
const LOCATION_POLL_MS = 1000;

type Listener = (event: Event) => void;

interface NavigationTarget {
  addEventListener(type: 'navigate', listener: (event: { destination: { url: string } }) => void, options?: { signal?: AbortSignal }): void;
}

export class ContentScriptContext {
  readonly id = Math.random().toString(36).slice(2);
  private readonly abortController = new AbortController();
  private readonly locationListeners = new Set<Listener>();
  private watchingLocation = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    document.addEventListener('visibilitychange', () => void this.isValid, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  /** Invalid once aborted, or once the extension this copy belongs to is gone (updated, reloaded, removed). */
  get isInvalid(): boolean {
    if (!this.signal.aborted && browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  block<T>(): Promise<T> {
    return new Promise(() => undefined);
  }

  setInterval(handler: () => void, timeout?: number): ReturnType<typeof setInterval> {
    const id = setInterval(() => this.isValid && handler(), timeout);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): ReturnType<typeof setTimeout> {
    const id = setTimeout(() => this.isValid && handler(), timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => this.isValid && callback(time));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => !this.signal.aborted && callback(deadline), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: Listener, options?: AddEventListenerOptions): void {
    if (type === LOCATION_CHANGE) {
      this.locationListeners.add(handler);
      this.watchLocation();
      return;
    }
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  private watchLocation(): void {
    if (this.watchingLocation) return;
    this.watchingLocation = true;
    let last = location.href;
    const changed = (next: string) => {
      if (next === last) return;
      last = next;
      const event = new Event(LOCATION_CHANGE);
      for (const listener of this.locationListeners) listener(event);
    };
    const navigation = (globalThis as { navigation?: NavigationTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => changed(event.destination.url), { signal: this.signal });
    } else {
      this.setInterval(() => changed(location.href), LOCATION_POLL_MS);
    }
  }
}
