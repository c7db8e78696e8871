/**
 * Keeps a page's highlights in step with its content: a full scan on start, then only the
 * blocks that mutations touched, in batches within a time budget per animation frame and a
 * budget per second. MutationObserver callbacks only queue work; nothing is scanned inside them.
 * A page that floods mutations (more than FLOOD_RECORDS_PER_SECOND) is not followed record by
 * record: observing stops, and the page is rescanned once after a pause that doubles while the
 * flood lasts, so the page's own work is never multiplied by TMT Lens's. A part of the page
 * rewritten many times a second without a name in it (a clock) is rescanned less and less often
 * (lib/page/churn-backoff.ts).
 */
import { ChurnBackoff } from '../../lib/page/churn-backoff';
import { WorkBudget } from '../../lib/page/work-budget';
import { BlockResolver, findOpenShadowRoots, hasReadableText, TextWalk, type TextSlice } from './collect-blocks';
import { HighlightIndex, type PaintedMention } from './highlight-index';
import { matchText } from './match-text';
import highlightColours from './style.css?inline';
import type { PageMatchers } from './page-matchers';
import { ChinaGate } from './china-gate';
import { benchMeasure } from '../../lib/bench-timing';
import type { PageRecogniser } from '../../lib/recognise/page-recogniser';

const FRAME_BUDGET_MS = 8;
/** Text collected per slice of a full scan; matching it takes about as long again. Far below the 50 ms of a long task. */
const SLICE_MS = 6;
/** Following the page's changes may take 40 ms of main thread per second (4%), in bursts of at most 16 ms. */
const WORK_PER_SECOND_MS = 40;
const WORK_BURST_MS = 16;
/** A ticker or live feed makes tens of records a second; a flood makes thousands. */
const FLOOD_RECORDS_PER_SECOND = 1500;
const FLOOD_PAUSE_MS = 1000;
const FLOOD_PAUSE_MAX_MS = 16_000;
/** Mentions of blocks that left the page are dropped at most this often (it walks every block). */
const DROP_DETACHED_EVERY_MS = 1000;

/** Lets the page run between slices: scheduler.yield() where there is one, else a macrotask. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class PageHighlighter {
  readonly index = new HighlightIndex();
  private resolver = new BlockResolver();
  private observers: MutationObserver[] = [];
  private pendingRoots = new Set<Node>();
  private frame: number | undefined;
  private laterTimer: ReturnType<typeof setTimeout> | undefined;
  private styledRoots = new WeakSet<ShadowRoot>();
  /** Bumped by each full scan, so a scan still in progress knows it was superseded. */
  private generation = 0;
  private shadowSheet: CSSStyleSheet | undefined;
  private chinaGate = new ChinaGate();
  private budget = new WorkBudget(WORK_PER_SECOND_MS, WORK_BURST_MS, performance.now());
  private lastDropDetached = 0;
  /** Blocks rescanned from mutations while a full scan runs: its older reading must not replace them. */
  private touchedDuringScan: Set<Element> | undefined;
  private floodWindowStart = 0;
  private floodRecords = 0;
  private floodPause = FLOOD_PAUSE_MS;
  private floodTimer: ReturnType<typeof setTimeout> | undefined;
  private lastFloodEnd = Number.NEGATIVE_INFINITY;
  /** Elements the page keeps rewriting without a name in their block, whose changes wait. */
  private churn = new ChurnBackoff<Element>();
  private waiting = new Set<Node>();
  private waitTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly matchers: PageMatchers,
    private onChange: () => void,
    /** Variant titles, case numbers and the page's own short names, after the automaton. */
    private readonly recogniser?: PageRecogniser,
  ) {}

  /**
   * The mentions of a slice to paint (names other countries share wait for a sign that the page is about China,
   * see china-gate.ts). A slice without text never asks for the matchers, so a frame without
   * text never decodes them.
   */
  private match(slice: TextSlice): PaintedMention[] {
    if (slice.texts.length === 0) return [];
    const { text, painted } = matchText(slice, this.matchers.get(), this.recogniser);
    return this.chinaGate.pass(painted, text);
  }

  start(): void {
    this.rescanAll();
  }

  /**
   * Scans the whole page again, in slices of about SLICE_MS between which the page runs, so
   * even a very long page never gets a long task from TMT Lens. Mutations that arrive
   * meanwhile are handled as usual; a newer full scan supersedes this one. The first scan
   * paints as it goes; a later one keeps what is painted until it has read everything, then
   * changes only the blocks whose mentions changed (no flash, and the registry barely moves).
   * A new view of a single-page app is judged afresh for being about China (`newView`).
   */
  rescanAll(newView = true): void {
    // The dictionary is decoded before the pass, as a step of its own (measured as
    // tmt-lens:matcher-ready), when the page has text, in its body or else in open shadow roots
    // (pages built of web components); otherwise whenever text first arrives.
    if (!this.matchers.loaded && this.pageHasText()) this.matchers.get();
    const started = performance.now();
    const generation = ++this.generation;
    this.stopObserving();
    if (newView) this.chinaGate.reset(document.title, location.hostname);
    // The pass reads the page again from the top, so the short names it defines are found again in order.
    this.recogniser?.reset();
    this.resolver = new BlockResolver();
    const roots: Array<Document | ShadowRoot> = [document, ...findOpenShadowRoots(document)];
    for (const root of roots) {
      this.observe(root);
      if (root instanceof ShadowRoot) this.styleShadowRoot(root);
    }
    const replacing = this.index.mentionCount > 0;
    this.touchedDuringScan = replacing ? new Set() : undefined;
    void this.scanInSlices(roots, generation, started, replacing);
  }

  private pageHasText(): boolean {
    if (hasReadableText(document.body ?? document, this.resolver)) return true;
    return findOpenShadowRoots(document).some((root) => hasReadableText(root, this.resolver));
  }

  private async scanInSlices(roots: Array<Document | ShadowRoot>, generation: number, started: number, replacing: boolean): Promise<void> {
    let work = 0;
    let longest = 0;
    const found: PaintedMention[] = [];
    // The first slice runs in the same task as rescanAll's set-up, so it is timed from the start.
    let sliceStart = started;
    const resolver = this.resolver;
    for (const root of roots) {
      const walk = new TextWalk(root.nodeType === Node.DOCUMENT_NODE ? (root as Document).body ?? root : root);
      while (!walk.finished) {
        const slice = walk.next(resolver, sliceStart + SLICE_MS);
        const mentions = this.match(slice);
        if (replacing) for (const mention of mentions) found.push(mention);
        else this.index.add(mentions);
        const now = performance.now();
        work += now - sliceStart;
        longest = Math.max(longest, now - sliceStart);
        sliceStart = now;
        if (!walk.finished) {
          await yieldToPage();
          if (generation !== this.generation) return;
          sliceStart = performance.now();
        }
      }
    }
    if (replacing) {
      const touched = this.touchedDuringScan;
      this.index.replaceAll(touched && touched.size > 0 ? found.filter((mention) => !touched.has(mention.block)) : found, touched);
      this.touchedDuringScan = undefined;
    }
    // User-timing entries, so the pass can be measured from outside (bench builds only):
    // wall time from start to the last highlight, script time, and the longest slice.
    benchMeasure('tmt-lens:highlight-pass', { start: started });
    benchMeasure('tmt-lens:highlight-work', { start: started, duration: work });
    benchMeasure('tmt-lens:highlight-longest-slice', { start: started, duration: longest });
    this.onChange();
  }

  stop(): void {
    this.generation++;
    this.stopObserving();
    this.cancelFlush();
    this.stopWaiting();
    clearTimeout(this.floodTimer);
    this.floodTimer = undefined;
    this.pendingRoots.clear();
    this.index.dispose();
  }

  /**
   * Scans a changed subtree again; its blocks' old mentions are replaced, not added to. A
   * subtree too large for one slice (a huge text node was rewritten) is read in slices.
   */
  private scan(root: Node): void {
    const walk = new TextWalk(root);
    const slice = walk.next(this.resolver);
    if (!walk.finished) {
      void this.scanLargeSubtree(root, walk, slice, this.generation);
      return;
    }
    this.replaceScanned(root, [slice.blocks], this.match(slice));
  }

  private replaceScanned(root: Node, blockLists: Element[][], mentions: PaintedMention[]): void {
    const scanned = new Set<Element>();
    for (const blocks of blockLists) for (const block of blocks) scanned.add(block);
    if (root instanceof Element) scanned.add(root);
    this.chinaGate.forget(scanned);
    if (this.touchedDuringScan) for (const block of scanned) this.touchedDuringScan.add(block);
    this.index.add(mentions, scanned);
  }

  private async scanLargeSubtree(root: Node, walk: TextWalk, first: TextSlice, generation: number): Promise<void> {
    const resolver = this.resolver;
    const blockLists = [first.blocks];
    const mentions = this.match(first);
    while (!walk.finished) {
      await yieldToPage();
      if (generation !== this.generation || !root.isConnected) return;
      const started = performance.now();
      const slice = walk.next(resolver, started + SLICE_MS);
      blockLists.push(slice.blocks);
      for (const mention of this.match(slice)) mentions.push(mention);
      this.budget.spend(performance.now() - started, performance.now());
    }
    this.replaceScanned(root, blockLists, mentions);
    this.onChange();
  }

  private observe(root: Document | ShadowRoot): void {
    const observer = new MutationObserver((records) => this.queue(records));
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    this.observers.push(observer);
  }

  private queue(records: MutationRecord[]): void {
    const now = performance.now();
    if (now - this.floodWindowStart > 1000) {
      this.floodWindowStart = now;
      this.floodRecords = 0;
    }
    this.floodRecords += records.length;
    if (this.floodRecords > FLOOD_RECORDS_PER_SECOND) {
      this.pauseForFlood(now);
      return;
    }
    let pending = false;
    for (const record of records) {
      pending = this.note(record.target, now) || pending;
      for (const node of record.addedNodes) pending = this.note(node, now) || pending;
    }
    if (pending) this.schedule();
  }

  /** Queues a changed node for rescanning, or lets it wait if its element churns; says whether it was queued. */
  private note(node: Node, now: number): boolean {
    const element = node instanceof Element ? node : node.parentElement;
    const until = element ? this.churn.waitUntil(element, now) : 0;
    if (until === 0) {
      this.pendingRoots.add(node);
      return true;
    }
    this.waiting.add(node);
    this.waitTimer ??= setTimeout(() => {
      this.waitTimer = undefined;
      for (const waited of this.waiting) this.pendingRoots.add(waited);
      this.waiting.clear();
      this.schedule();
    }, until - now);
    return false;
  }

  private stopWaiting(): void {
    clearTimeout(this.waitTimer);
    this.waitTimer = undefined;
    this.waiting.clear();
  }

  /**
   * Stops following a page that floods mutations, and rescans it once after a pause; a flood
   * that goes on after the rescan doubles the pause.
   */
  private pauseForFlood(now: number): void {
    this.stopObserving();
    this.pendingRoots.clear();
    this.stopWaiting();
    this.cancelFlush();
    this.floodPause = now - this.lastFloodEnd < 2 * this.floodPause ? Math.min(this.floodPause * 2, FLOOD_PAUSE_MAX_MS) : FLOOD_PAUSE_MS;
    clearTimeout(this.floodTimer);
    this.floodTimer = setTimeout(() => {
      this.floodTimer = undefined;
      this.lastFloodEnd = performance.now();
      this.floodRecords = 0;
      this.floodWindowStart = this.lastFloodEnd;
      this.rescanAll(false);
    }, this.floodPause);
  }

  private stopObserving(): void {
    for (const observer of this.observers) observer.disconnect();
    this.observers = [];
  }

  private schedule(): void {
    if (this.frame !== undefined || this.laterTimer !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.flush();
    });
  }

  /** Waits until the budget allows more work, then flushes in a frame. */
  private scheduleLater(ms: number): void {
    if (this.laterTimer !== undefined) return;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.laterTimer = setTimeout(() => {
      this.laterTimer = undefined;
      this.schedule();
    }, ms);
  }

  private cancelFlush(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    clearTimeout(this.laterTimer);
    this.frame = undefined;
    this.laterTimer = undefined;
  }

  /** Rescans the blocks that changed, within the frame's and the second's budget; the rest waits. */
  private flush(): void {
    const started = performance.now();
    const allowed = Math.min(FRAME_BUDGET_MS, this.budget.available(started));
    if (allowed < 1) {
      this.scheduleLater(this.budget.waitFor(FRAME_BUDGET_MS / 2, started));
      return;
    }
    const deadline = started + allowed;
    // Element parents change, so the block cache is rebuilt for each batch.
    this.resolver = new BlockResolver();
    if (started - this.lastDropDetached > DROP_DETACHED_EVERY_MS) {
      this.lastDropDetached = started;
      this.index.dropDetached();
      this.chinaGate.dropDetached();
    }
    const blocks = new Set<Element>();
    /** Each changed element and its block, to tell whether the element churns. */
    const changed = new Map<Element, Element>();
    for (const node of this.pendingRoots) {
      this.pendingRoots.delete(node);
      if (!node.isConnected) continue;
      const element = node instanceof Element ? node : node.parentElement;
      if (!element) continue;
      if (element.shadowRoot && !this.styledRoots.has(element.shadowRoot)) this.adoptShadowRoot(element.shadowRoot);
      const block = this.resolver.blockOf(element) ?? (node instanceof Element ? node : null);
      if (block) {
        blocks.add(block);
        changed.set(element, block);
      }
      if (performance.now() > deadline) break;
    }
    const queue = [...blocks];
    for (let index = 0; index < queue.length; index++) {
      this.scan(queue[index]!);
      if (performance.now() > deadline) {
        for (const rest of queue.slice(index + 1)) this.pendingRoots.add(rest);
        break;
      }
    }
    const finished = performance.now();
    for (const [element, block] of changed) this.churn.rescanned(element, this.index.hasMentions(block), finished);
    // What changed may have moved other blocks into view or out of it.
    if (queue.length > 0) this.index.pageChanged();
    this.budget.spend(finished - started, finished);
    if (this.pendingRoots.size > 0) {
      const wait = this.budget.waitFor(FRAME_BUDGET_MS / 2, finished);
      if (wait > 0) this.scheduleLater(wait);
      else this.schedule();
    }
    this.onChange();
  }

  private adoptShadowRoot(root: ShadowRoot): void {
    this.styleShadowRoot(root);
    this.scan(root);
    this.observe(root);
  }

  /** Document styles do not reach into shadow trees; the highlight colours are adopted there. */
  private styleShadowRoot(root: ShadowRoot): void {
    if (this.styledRoots.has(root)) return;
    this.styledRoots.add(root);
    if (!this.shadowSheet) {
      this.shadowSheet = new CSSStyleSheet();
      this.shadowSheet.replaceSync(highlightColours);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.shadowSheet];
  }
}
