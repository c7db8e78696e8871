/**
 * What the browser's CSS highlight registry holds: only the mentions of blocks in or near the
 * viewport. Chromium revalidates and repaints every registered range whenever the page's DOM
 * changes (a 50 ms ticker cost ~290 ms of main thread per 6 s with no range, ~2,300 ms with
 * 2,000; in Chromium 156 only ranges within the painted area around the viewport cost, some
 * 0.1 ms each per change), so the cost should follow what is on screen, not what is on the page.
 * The index (highlight-index.ts) keeps every mention; this class decides which of them are painted.
 *
 * An IntersectionObserver with a margin of half a screen above and below says which blocks are
 * near. It follows every block only while the page scrolls or resizes; otherwise it follows no
 * block: it measures new blocks once, and all blocks once at most every RECHECK_EVERY_MS after
 * the page's own changes (which can move blocks without a scroll, near or away). An observer
 * that follows blocks is recomputed on every frame the page draws: following every block all
 * the time, a 50 ms ticker on a page of 1,700 named paragraphs cost ~0.1 of the main thread;
 * following only the ~30 near ones still cost ~7-11 ms of intersection updates per 8 s on that
 * page. observe() itself costs ~5-15 µs a block in Chromium 156. A near block that the page
 * moves away without a scroll stays registered until the next recheck: painted off screen, it
 * costs a little, and nothing is missed.
 *
 * Ranges are added as blocks come near and deleted as they go, with Highlight.add() and
 * delete() on the same Highlight objects (measured in Chromium 156, 200 steps of a 300-range
 * window: add/delete ~700 ms of renderer time and 4-8 ms of script, replacing the Highlight
 * ~800-850 ms and 33-53 ms of script). A block with very many mentions (one huge text node, a
 * page whose text all sits in <body>) registers only the mentions near the viewport, found by
 * binary search and followed on scroll (lib/page/visible-window.ts).
 */
import { firstIndexWhere, windowAround } from '../../lib/page/visible-window';
import { HIGHLIGHT_TYPES, highlightName, type HighlightType, type PaintedMention } from './highlight-kinds';

/**
 * Half a screen above and half below are painted ahead of the reader: the compositor scrolls
 * ahead of the main thread by a frame or two, far less than that. Each registered range within
 * the area Chromium paints around the viewport costs on every change of the page (see above).
 */
const SCREENS_AHEAD = 0.5;
const MARGIN = `${SCREENS_AHEAD * 100}% 0px`;
/** Past this many mentions a block registers only those near the viewport. */
const LONG_BLOCK_MENTIONS = 200;
/** At most this many mentions of one long block are registered at a time. */
const WINDOW_LIMIT = 2000;
/** A screen of a long block with no mention on it still registers this many around it. */
const WINDOW_MINIMUM = 50;
/** The observer follows every block while the page scrolls or resizes, and this long after. */
const FOLLOW_AFTER_SCROLL_MS = 300;
/**
 * After the page's own changes, far blocks are measured again at most this often: only a
 * change that moves content by more than the margin without a scroll (scroll anchoring makes
 * changes above the viewport scroll) brings a far block into view, and scrolling finds it at once.
 */
const RECHECK_EVERY_MS = 5000;

/** The text position under a point of the viewport, if any. */
function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

interface RegisteredBlock {
  mentions: readonly PaintedMention[];
  /** Whether the observer says the block is near the viewport. */
  near: boolean;
  /** The mentions in the registry now (all of them for a short block that is near). */
  registered: readonly PaintedMention[];
}

export class ViewportRegistry {
  private highlights = new Map<HighlightType, Highlight>();
  private blocks = new Map<Element, RegisteredBlock>();
  /** Long blocks near the viewport, whose window follows scrolling. */
  private longNear = new Set<Element>();
  private observer: IntersectionObserver | undefined;
  /** Whether the observer follows every block (while scrolling), or only those being measured. */
  private following = false;
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  /** Blocks observed until their first report. */
  private measuring = new Set<Element>();
  private lastRecheck = Number.NEGATIVE_INFINITY;
  private recheckTimer: ReturnType<typeof setTimeout> | undefined;
  private scrollFrame: number | undefined;
  private readonly abort = new AbortController();

  constructor() {
    for (const type of HIGHLIGHT_TYPES) {
      const highlight = new Highlight();
      this.highlights.set(type, highlight);
      CSS.highlights.set(highlightName(type), highlight);
    }
    // Capture: scrolling inside any scroller moves long blocks too.
    document.addEventListener('scroll', () => this.onScroll(), { capture: true, passive: true, signal: this.abort.signal });
    window.addEventListener('resize', () => this.onScroll(), { passive: true, signal: this.abort.signal });
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const state = this.blocks.get(entry.target);
      this.measuring.delete(entry.target);
      // A block without a box of its own (display: contents) cannot be measured: it is painted.
      const boxless = entry.boundingClientRect.width === 0 && entry.boundingClientRect.height === 0;
      if (state) this.setNear(entry.target, state, entry.isIntersecting || boxless);
      // A block is let go once measured (unless scrolling): only a scroll or a recheck moves it.
      if (!this.following) this.observer?.unobserve(entry.target);
    }
  }

  private intersections(): IntersectionObserver {
    // The document as root: in a frame, the frame's own viewport (with the margin), not the top
    // page's. (scrollMargin, which would widen inner scrollers too, also widens the document's own
    // scroller in Chromium 156: with it, 200% registered some 13 screens instead of 5.)
    // Made once: this is asked for every block a scan finds (thousands on a long page).
    this.observer ??= new IntersectionObserver((entries) => this.onEntries(entries), { root: document, rootMargin: MARGIN });
    return this.observer;
  }

  /** Has the observer report once where `block` is (its first report always comes, within a frame). */
  private measure(block: Element): void {
    this.measuring.add(block);
    this.intersections().observe(block);
  }

  /** Follows every block for `ms` (more while it is asked again): the page scrolls or was resized. */
  private follow(ms: number): void {
    if (!this.following) {
      this.following = true;
      const observer = this.intersections();
      for (const block of this.blocks.keys()) observer.observe(block);
    }
    clearTimeout(this.followTimer);
    this.followTimer = setTimeout(() => this.stopFollowing(), ms);
  }

  private stopFollowing(): void {
    this.followTimer = undefined;
    if (!this.following || !this.observer) return;
    this.following = false;
    // Reports already computed are read before the observer lets go of the blocks.
    this.onEntries(this.observer.takeRecords());
    this.observer.disconnect();
    for (const block of this.measuring) this.observer.observe(block);
  }

  /**
   * The page changed, and blocks may have moved near or away without a scroll: they are
   * measured again, at most once every RECHECK_EVERY_MS (a ticker or a live feed changes the
   * page many times a second).
   */
  recheck(): void {
    if (this.recheckTimer !== undefined || this.blocks.size === 0) return;
    const wait = this.lastRecheck + RECHECK_EVERY_MS - performance.now();
    this.recheckTimer = setTimeout(() => {
      this.recheckTimer = undefined;
      this.lastRecheck = performance.now();
      if (this.following) return;
      for (const block of this.blocks.keys()) this.measure(block);
    }, Math.max(0, wait));
  }

  /**
   * A block's mentions are now `mentions` (none: the block is forgotten). The caller has made
   * sure they differ from before: the registry is touched only when what it holds changes.
   */
  update(block: Element, mentions: readonly PaintedMention[]): void {
    const state = this.blocks.get(block);
    if (mentions.length === 0) {
      if (!state) return;
      this.unregister(state);
      this.blocks.delete(block);
      this.longNear.delete(block);
      this.measuring.delete(block);
      this.observer?.unobserve(block);
      return;
    }
    if (!state) {
      this.blocks.set(block, { mentions, near: false, registered: [] });
      // The observer's first report says whether the block is near; it comes within a frame.
      this.measure(block);
      return;
    }
    state.mentions = mentions;
    if (!state.near) return;
    // Only the difference is deleted and added; a long block keeps its registered window until
    // the next frame finds the new one (no flash).
    this.register(block, state);
  }

  private setNear(block: Element, state: RegisteredBlock, near: boolean): void {
    if (near === state.near) return;
    state.near = near;
    if (near) this.register(block, state);
    else {
      this.unregister(state);
      this.longNear.delete(block);
    }
  }

  private register(block: Element, state: RegisteredBlock): void {
    if (state.mentions.length <= LONG_BLOCK_MENTIONS) {
      this.longNear.delete(block);
      // A copy: the index appends to a block's list in place, and what is registered must not move with it.
      this.setRegistered(state, state.mentions.slice());
      return;
    }
    // A long block's window is found in the next frame: a scan that feeds it slice by slice
    // (or a burst of scrolling) then costs one lookup, not one per slice.
    this.longNear.add(block);
    this.scheduleWindows();
  }

  private unregister(state: RegisteredBlock): void {
    for (const mention of state.registered) this.highlights.get(mention.type)!.delete(mention.range);
    state.registered = [];
  }

  /**
   * Makes `next` the block's registered mentions, deleting and adding only the difference.
   * One add() per range: never a spread of a huge array into new Highlight(), which throws.
   */
  private setRegistered(state: RegisteredBlock, next: readonly PaintedMention[]): void {
    if (state.registered.length === 0) {
      for (const mention of next) this.highlights.get(mention.type)!.add(mention.range);
    } else {
      const keep = new Set(next);
      const had = new Set(state.registered);
      for (const mention of state.registered) if (!keep.has(mention)) this.highlights.get(mention.type)!.delete(mention.range);
      for (const mention of next) if (!had.has(mention)) this.highlights.get(mention.type)!.add(mention.range);
    }
    state.registered = next;
  }

  /** The part of a long block's mentions on screen, by the text positions at the block's visible top and bottom. */
  private onScreen(block: Element, mentions: readonly PaintedMention[]): { start: number; end: number } | undefined {
    const box = block.getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight) - 1;
    const x = Math.min(Math.max(box.left + 8, 0), window.innerWidth - 1);
    if (bottom < top) return box.bottom <= 0 ? { start: mentions.length, end: mentions.length } : { start: 0, end: 0 };
    // Near the block's left edge, where lines of text begin; the caret APIs answer nothing over
    // empty space (the end of a short line), so a few points upwards from the bottom are tried.
    const first = caretAt(x, top);
    let last: ReturnType<typeof caretAt>;
    for (let y = bottom; !last && y >= top && y > bottom - 160; y -= 16) last = caretAt(x, y);
    if (!first || !last) return undefined;
    const probe = document.createRange();
    try {
      const startOfScreen = (index: number) => {
        const mention = mentions[index]!;
        return probe.comparePoint(mention.endNode, mention.endOffset) >= 0;
      };
      const pastScreen = (index: number) => {
        const mention = mentions[index]!;
        return probe.comparePoint(mention.startNode, mention.startOffset) > 0;
      };
      probe.setStart(first.node, first.offset);
      probe.collapse(true);
      const start = firstIndexWhere(mentions.length, startOfScreen);
      probe.setStart(last.node, last.offset);
      probe.collapse(true);
      const end = firstIndexWhere(mentions.length, pastScreen);
      return { start, end: Math.max(start, end) };
    } catch {
      // A caret in another tree (a shadow root) cannot be compared with the block's text.
      return undefined;
    } finally {
      // The probe is a live range: parked at the document's start, later DOM changes barely touch it.
      probe.setStart(document, 0);
      probe.collapse(true);
    }
  }

  /** Registers the part of a long block's mentions near the viewport, changing only what moved. */
  private moveWindow(block: Element, state: RegisteredBlock): void {
    const screen = this.onScreen(block, state.mentions) ?? { start: 0, end: 0 };
    const next = windowAround(screen.start, screen.end, state.mentions.length, SCREENS_AHEAD, WINDOW_MINIMUM, WINDOW_LIMIT);
    this.setRegistered(state, state.mentions.slice(next.start, next.end));
  }

  private onScroll(): void {
    if (this.blocks.size > 0) this.follow(FOLLOW_AFTER_SCROLL_MS);
    if (this.longNear.size > 0) this.scheduleWindows();
  }

  private scheduleWindows(): void {
    this.scrollFrame ??= requestAnimationFrame(() => {
      this.scrollFrame = undefined;
      for (const block of this.longNear) {
        const state = this.blocks.get(block);
        if (state?.near) this.moveWindow(block, state);
      }
    });
  }

  /** How many ranges are registered (for tests and benchmarks, read from the registry itself). */
  get size(): number {
    let size = 0;
    for (const highlight of this.highlights.values()) size += highlight.size;
    return size;
  }

  clear(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.following = false;
    this.measuring.clear();
    clearTimeout(this.followTimer);
    clearTimeout(this.recheckTimer);
    this.followTimer = undefined;
    this.recheckTimer = undefined;
    this.blocks.clear();
    this.longNear.clear();
    for (const highlight of this.highlights.values()) highlight.clear();
  }

  dispose(): void {
    this.clear();
    this.abort.abort();
    if (this.scrollFrame !== undefined) cancelAnimationFrame(this.scrollFrame);
    for (const type of HIGHLIGHT_TYPES) CSS.highlights.delete(highlightName(type));
  }
}
