/**
 * Watches the shown card for a page that hides or covers it. The host's styles cannot be
 * overridden from the page (card-frame.ts), so what is left to a page is to take the host out
 * of the top layer or the document, or to open a popover or dialog of its own over it. While a
 * card is up this checks, several times a second and whenever Chromium's IntersectionObserver
 * (with trackVisibility) says the frame may not be fully visible, that:
 * - the host is still the root element's child and an open popover;
 * - the frame is where it was drawn, and not drawn much smaller than the size it was given;
 * - at its centre and near each corner the topmost element is the frame.
 * Runs in the content script's world, whose DOM methods the page cannot patch.
 */
const CHECK_EVERY_MS = 200;
/** The smallest a card may be drawn, against the size it was given, before it counts as hidden. */
const MIN_SCALE = 0.75;
/** How far in from the card's edges the covering check looks (the corners are rounded). */
const INSET = 10;

export type HiddenReason = 'removed' | 'closed' | 'moved' | 'covered';

/** What Chromium's IntersectionObserver v2 adds: isVisible, with trackVisibility and delay. */
interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible?: boolean;
}

export class CardGuard {
  private timer: ReturnType<typeof setInterval> | undefined;
  private observer: IntersectionObserver | undefined;
  private expected: DOMRect | undefined;
  private set: DOMRect | undefined;

  constructor(
    private host: HTMLElement,
    private root: ShadowRoot,
    private frame: HTMLIFrameElement,
    private onHidden: (reason: HiddenReason) => void,
  ) {}

  /**
   * Watches the card drawn at `drawn`, having been given the place and size `set` (a page zoomed
   * as a whole draws it somewhat larger or smaller; much smaller is a way to hide it).
   */
  watch(drawn: DOMRect, set: DOMRect): void {
    this.stop();
    this.expected = drawn;
    this.set = set;
    this.timer = setInterval(() => this.check(), CHECK_EVERY_MS);
    try {
      this.observer = new IntersectionObserver(
        (entries) => {
          const entry = entries[entries.length - 1] as VisibilityEntry | undefined;
          // Not visible by Chromium's own reckoning (covered, even by an element that lets the
          // pointer through, or made transparent): hidden whatever the checks below find.
          if (entry && entry.isVisible === false) this.check('covered');
        },
        { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      );
      this.observer.observe(this.frame);
    } catch {
      // Without trackVisibility (Firefox) the timed checks do the work.
      this.observer = undefined;
    }
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    this.expected = undefined;
    this.set = undefined;
  }

  /** Checks now; reports (and stops watching) if the card is not shown as it was placed. */
  check(fallback?: HiddenReason): void {
    if (!this.expected) return;
    const reason = this.hiddenReason(this.expected) ?? fallback;
    if (!reason) return;
    this.stop();
    this.onHidden(reason);
  }

  private hiddenReason(expected: DOMRect): HiddenReason | undefined {
    if (!this.host.isConnected || this.host.parentNode !== document.documentElement) return 'removed';
    if (!this.host.matches(':popover-open')) return 'closed';
    const box = this.frame.getBoundingClientRect();
    if (this.set && (box.width < this.set.width * MIN_SCALE || box.height < this.set.height * MIN_SCALE)) return 'moved';
    if (Math.abs(box.left - expected.left) > 1 || Math.abs(box.top - expected.top) > 1 || Math.abs(box.width - expected.width) > 1 || Math.abs(box.height - expected.height) > 1) return 'moved';
    const left = box.left + Math.min(INSET, box.width / 2);
    const right = box.right - Math.min(INSET, box.width / 2);
    const top = box.top + Math.min(INSET, box.height / 2);
    const bottom = box.bottom - Math.min(INSET, box.height / 2);
    const points: Array<[number, number]> = [[(left + right) / 2, (top + bottom) / 2], [left, top], [right, top], [left, bottom], [right, bottom]];
    for (const [x, y] of points) {
      // Points outside the window cannot be tested (a card near the edge of a small window).
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) continue;
      if (this.root.elementFromPoint(x, y) !== this.frame) return 'covered';
    }
    return undefined;
  }
}
