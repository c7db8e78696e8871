/**
 * Keeps a page's highlights in step with its content: a full scan on start, then only the
 * blocks that mutations touched, in batches within a time budget per animation frame.
 * MutationObserver callbacks only queue work; nothing is scanned inside them.
 */
import type { Matcher } from '../../lib/match';
import { BlockResolver, collectBlocks, findOpenShadowRoots } from './collect-blocks';
import { HighlightIndex } from './highlight-index';
import { matchBlocks } from './match-blocks';

const FRAME_BUDGET_MS = 8;
const SHADOW_CSS = `
::highlight(tmt-lens-authority) { background-color: rgba(162, 89, 214, 0.22); text-decoration: underline 1.5px rgba(122, 62, 157, 0.9); }
::highlight(tmt-lens-document) { background-color: rgba(40, 130, 230, 0.2); text-decoration: underline 1.5px rgba(11, 92, 173, 0.9); }
::highlight(tmt-lens-case) { background-color: rgba(240, 150, 40, 0.24); text-decoration: underline 1.5px rgba(179, 89, 0, 0.9); }
::highlight(tmt-lens-flash) { background-color: rgba(255, 213, 0, 0.75); color: #000; }`;

export class PageHighlighter {
  readonly index = new HighlightIndex();
  private resolver = new BlockResolver();
  private observers: MutationObserver[] = [];
  private pendingRoots = new Set<Node>();
  private frame: number | undefined;
  private styledRoots = new WeakSet<ShadowRoot>();
  private shadowSheet: CSSStyleSheet | undefined;

  constructor(
    private matchers: readonly Matcher[],
    private onChange: () => void,
  ) {}

  setMatchers(matchers: readonly Matcher[]): void {
    this.matchers = matchers;
    this.rescanAll();
  }

  start(): void {
    this.rescanAll();
  }

  rescanAll(): void {
    const started = performance.now();
    this.stopObserving();
    this.index.clear();
    this.resolver = new BlockResolver();
    const roots: Array<Document | ShadowRoot> = [document, ...findOpenShadowRoots(document)];
    for (const root of roots) {
      this.scan(root.nodeType === Node.DOCUMENT_NODE ? (root as Document).body ?? root : root);
      this.observe(root);
      if (root instanceof ShadowRoot) this.styleShadowRoot(root);
    }
    // A user-timing entry, so the full pass can be measured from outside (npm run bench).
    performance.measure('tmt-lens:highlight-pass', { start: started });
    this.onChange();
  }

  stop(): void {
    this.stopObserving();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.pendingRoots.clear();
    this.index.dispose();
  }

  private scan(root: Node): void {
    this.index.replaceBlocks(matchBlocks(collectBlocks(root, this.resolver), this.matchers));
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
      this.shadowSheet.replaceSync(SHADOW_CSS);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.shadowSheet];
  }
}
