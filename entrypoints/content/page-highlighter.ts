/**
 * Keeps a page's highlights in step with its content: a full scan on start, then only the
 * blocks that mutations touched, in batches within a time budget per animation frame.
 * MutationObserver callbacks only queue work; nothing is scanned inside them.
 */
import { BlockResolver, collectText, findOpenShadowRoots, hasReadableText, TextWalk, type TextSlice } from './collect-blocks';
import { HighlightIndex, type PaintedMention } from './highlight-index';
import { matchText } from './match-text';
import highlightColours from './style.css?inline';
import type { PageMatchers } from './page-matchers';
import { ChinaGate } from './china-gate';
import { benchMeasure } from '../../lib/bench-timing';
import type { PageRecogniser } from '../../lib/recognise/page-recogniser';

const FRAME_BUDGET_MS = 8;
/** Text collected per slice of the first scan; matching it takes about as long again. Far below the 50 ms of a long task. */
const SLICE_MS = 6;

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
  private styledRoots = new WeakSet<ShadowRoot>();
  /** Bumped by each full scan, so a scan still in progress knows it was superseded. */
  private generation = 0;
  private shadowSheet: CSSStyleSheet | undefined;
  private chinaGate = new ChinaGate();

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
   * meanwhile are handled as usual; a newer full scan supersedes this one.
   */
  rescanAll(): void {
    // The dictionary is decoded before the pass, as a step of its own (measured as
    // tmt-lens:matcher-ready), when the page has text, in its body or else in open shadow roots
    // (pages built of web components); otherwise whenever text first arrives.
    if (!this.matchers.loaded && this.pageHasText()) this.matchers.get();
    const started = performance.now();
    const generation = ++this.generation;
    this.stopObserving();
    this.index.clear();
    this.chinaGate.reset(document.title, location.hostname);
    this.recogniser?.reset();
    this.resolver = new BlockResolver();
    const roots: Array<Document | ShadowRoot> = [document, ...findOpenShadowRoots(document)];
    for (const root of roots) {
      this.observe(root);
      if (root instanceof ShadowRoot) this.styleShadowRoot(root);
    }
    void this.scanInSlices(roots, generation, started);
  }

  private pageHasText(): boolean {
    if (hasReadableText(document.body ?? document, this.resolver)) return true;
    return findOpenShadowRoots(document).some((root) => hasReadableText(root, this.resolver));
  }

  private async scanInSlices(roots: Array<Document | ShadowRoot>, generation: number, started: number): Promise<void> {
    let work = 0;
    let longest = 0;
    // The first slice runs in the same task as rescanAll's set-up, so it is timed from the start.
    let sliceStart = started;
    for (const root of roots) {
      const walk = new TextWalk(root.nodeType === Node.DOCUMENT_NODE ? (root as Document).body ?? root : root);
      while (!walk.finished) {
        const slice = walk.next(this.resolver, sliceStart + SLICE_MS);
        this.index.add(this.match(slice));
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
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.pendingRoots.clear();
    this.index.dispose();
  }

  /** Scans a changed subtree again; its blocks' old mentions are replaced, not added to. */
  private scan(root: Node): void {
    const slice = collectText(root, this.resolver);
    const scanned = new Set(slice.blocks);
    if (root instanceof Element) scanned.add(root);
    this.chinaGate.forget(scanned);
    this.index.add(this.match(slice), scanned);
  }

  private observe(root: Document | ShadowRoot): void {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        this.pendingRoots.add(record.target);
        for (const node of record.addedNodes) this.pendingRoots.add(node);
      }
      this.schedule();
    });
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    this.observers.push(observer);
  }

  private stopObserving(): void {
    for (const observer of this.observers) observer.disconnect();
    this.observers = [];
  }

  private schedule(): void {
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      this.flush();
    });
  }

  /** Rescans the blocks that changed, within a frame budget; the rest waits for the next frame. */
  private flush(): void {
    const deadline = performance.now() + FRAME_BUDGET_MS;
    // Element parents change, so the block cache is rebuilt for each batch.
    this.resolver = new BlockResolver();
    this.index.dropDetached();
    this.chinaGate.dropDetached();
    const blocks = new Set<Element>();
    for (const node of this.pendingRoots) {
      this.pendingRoots.delete(node);
      if (!node.isConnected) continue;
      const element = node instanceof Element ? node : node.parentElement;
      if (!element) continue;
      if (element.shadowRoot && !this.styledRoots.has(element.shadowRoot)) this.adoptShadowRoot(element.shadowRoot);
      const block = this.resolver.blockOf(element);
      if (block) blocks.add(block);
      else if (node instanceof Element) blocks.add(node);
      if (performance.now() > deadline) break;
    }
    const queue = [...blocks];
    while (queue.length > 0) {
      this.scan(queue.shift()!);
      if (performance.now() > deadline) {
        for (const rest of queue) this.pendingRoots.add(rest);
        break;
      }
    }
    if (this.pendingRoots.size > 0) this.schedule();
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
