/**
 * Collects the page's readable text, grouped by block element, without touching the DOM.
 * A TreeWalker without a JavaScript filter collects text nodes fast; skipping editable,
 * hidden and non-text regions happens afterwards, once per parent element (cached).
 */
export interface TextBlock {
  element: Element;
  nodes: Text[];
  /** Each node's text, read once: every read of Text.data copies the string out of the DOM. */
  texts: string[];
  /** True where a nested block interrupted the text before this node. */
  breakBefore: boolean[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'BUTTON', 'LABEL', 'OPTION',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'SVG', 'MATH', 'svg', 'math', 'CODE', 'KBD', 'SAMP', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'TMT-LENS-CARD']);

/**
 * Containers whose visibility is checked with checkVisibility(): menus, tabs and dialogs are
 * hidden at this level. Checking every paragraph instead cost ~70 ms on a 2 MB page; hidden
 * leaves are caught by their `hidden` attribute, and any other hidden text is not painted anyway.
 */
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'DETAILS', 'DIALOG', 'FORM', 'TABLE', 'UL', 'OL', 'DL', 'FIELDSET', 'FIGURE']);

function isEditable(element: Element): boolean {
  // The attribute, not isContentEditable: that one computes style for every element asked.
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/** The block an element's text belongs to, or null when its text must not be scanned. */
export class BlockResolver {
  private cache = new Map<Element, Element | null>();
  private visible = new Map<Element, boolean>();

  blockOf(parent: Element): Element | null {
    const cached = this.cache.get(parent);
    if (cached !== undefined) return cached;
    let result: Element | null;
    if (SKIP_TAGS.has(parent.tagName) || isEditable(parent) || parent.hasAttribute('hidden') || parent.getAttribute('aria-hidden') === 'true') {
      result = null;
    } else if (BLOCK_TAGS.has(parent.tagName) || !parent.parentElement) {
      result = this.isVisible(parent) ? parent : null;
      if (result && parent.parentElement && this.blockOf(parent.parentElement) === null && !this.isRootOfScan(parent)) result = null;
    } else {
      result = this.blockOf(parent.parentElement);
    }
    this.cache.set(parent, result);
    return result;
  }

  /** A block inside a skipped region (e.g. a contenteditable editor) is skipped too. */
  private isRootOfScan(element: Element): boolean {
    return element === element.ownerDocument.body || element.parentNode instanceof ShadowRoot;
  }

  private isVisible(element: Element): boolean {
    let seen = this.visible.get(element);
    if (seen === undefined) {
      seen = CONTAINER_TAGS.has(element.tagName) && typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
      this.visible.set(element, seen);
    }
    return seen;
  }
}

/**
 * A walk over a root's text that can stop at a deadline and go on later, so a long page is
 * read in slices between which the page stays responsive. It stops only where one block
 * ends and another begins, so no block's text is cut in two.
 */
export class TextWalk {
  private walker: TreeWalker;
  private pending: Text | undefined;
  finished = false;

  constructor(root: Node) {
    this.walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  /** The blocks read until `deadline` (a performance.now() time), in document order. */
  next(resolver: BlockResolver, deadline = Number.POSITIVE_INFINITY): TextBlock[] {
    const blocks = new Map<Element, TextBlock>();
    let previousBlock: TextBlock | undefined;
    let count = 0;
    for (let node = this.pending ?? (this.walker.nextNode() as Text | null); node; node = this.walker.nextNode() as Text | null) {
      this.pending = undefined;
      const data = node.data;
      if (data.length < 2 || !/\S/.test(data)) continue;
      const parent = node.parentElement;
      if (!parent) continue;
      const element = resolver.blockOf(parent);
      if (!element) continue;
      let block = blocks.get(element);
      // Past the deadline, stop where a new block begins; this node starts the next slice.
      if (!block && (++count & 15) === 0 && performance.now() > deadline) {
        this.pending = node;
        return [...blocks.values()];
      }
      if (!block) {
        block = { element, nodes: [], texts: [], breakBefore: [] };
        blocks.set(element, block);
      }
      block.breakBefore.push(block.nodes.length > 0 && previousBlock !== block);
      block.nodes.push(node);
      block.texts.push(data);
      previousBlock = block;
    }
    this.finished = true;
    return [...blocks.values()];
  }
}

/** All of a root's text blocks at once (used for the small subtrees that mutations touch). */
export function collectBlocks(root: Node, resolver: BlockResolver): TextBlock[] {
  return new TextWalk(root).next(resolver);
}

/** Open shadow roots below `root`, which a TreeWalker does not enter. */
export function findOpenShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(element.shadowRoot, ...findOpenShadowRoots(element.shadowRoot));
  }
  return found;
}
