/**
 * Collects the page's readable text, in document order, without touching the DOM.
 * A TreeWalker without a JavaScript filter collects text nodes fast; skipping editable,
 * hidden and non-text regions happens afterwards, once per parent element (cached).
 */
import { BLOCK_BREAK } from '../../lib/page/text-segments';
import { isWhiteSpace } from '../../lib/page/white-space';

/**
 * A stretch of the page's text as flat parallel arrays (one entry per text node), which keeps
 * a 2 MB page from costing tens of thousands of small objects.
 */
export interface TextSlice {
  nodes: Text[];
  /** Each node's text, read once: every read of Text.data copies the string out of the DOM. */
  texts: string[];
  /** Where each text begins in its node: 0, except for the pieces of a huge text node. */
  offsets: number[];
  /** The block element each node's text belongs to. */
  blocks: Element[];
  /**
   * What goes before each node's text when they are joined: nothing inside a block, a space
   * where white-space-only nodes were left out, BLOCK_BREAK where the block changes.
   */
  separators: string[];
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

/**
 * Hidden or editable elements, in one selector: one call from the content script's isolated
 * world instead of three attribute reads. Editable by the attribute, not isContentEditable,
 * which computes style for every element asked.
 */
const EXCLUDED = '[hidden], [aria-hidden="true" i], [contenteditable]:not([contenteditable="false" i])';

/**
 * The block an element's text belongs to, or null when its text must not be scanned. Asked
 * once per element of the page (cached), so it makes as few DOM calls as it can: most
 * elements have no attributes at all, and hasAttributes() answers that in one.
 */
export class BlockResolver {
  private cache = new Map<Element, Element | null>();
  private visible = new Map<Element, boolean>();

  /**
   * Iterative, not recursive: a page may nest elements ten thousand deep, and a recursive
   * lookup would overflow the stack. The elements above `parent` that are not cached yet are
   * collected first, then resolved from the top down.
   */
  blockOf(parent: Element): Element | null {
    let upResult = this.cache.get(parent);
    if (upResult !== undefined) return upResult;
    // One lookup per element going up (a get, not a has and then a get): an inline element (a
    // link) is asked once, and its parent is mostly cached already.
    const unresolved: Element[] = [parent];
    for (let above = parent.parentElement; ; above = above.parentElement) {
      if (!above) {
        upResult = null;
        break;
      }
      upResult = this.cache.get(above);
      if (upResult !== undefined) break;
      unresolved.push(above);
    }
    for (let index = unresolved.length - 1; index >= 0; index--) {
      const element = unresolved[index]!;
      upResult = this.resolve(element, upResult);
      this.cache.set(element, upResult);
    }
    return upResult;
  }

  /** The block of `element`, given the block of its parent element (`upResult`). */
  private resolve(element: Element, upResult: Element | null): Element | null {
    const tag = element.tagName;
    const up = element.parentElement;
    if (SKIP_TAGS.has(tag) || (element.hasAttributes() && element.matches(EXCLUDED))) return null;
    if (BLOCK_TAGS.has(tag) || !up) {
      const result = this.isVisible(element, tag) ? element : null;
      if (result && up && upResult === null && !this.isRootOfScan(element)) return null;
      return result;
    }
    return upResult;
  }

  /** A block inside a skipped region (e.g. a contenteditable editor) is skipped too. */
  private isRootOfScan(element: Element): boolean {
    return element === element.ownerDocument.body || element.parentNode instanceof ShadowRoot;
  }

  private isVisible(element: Element, tag: string): boolean {
    let seen = this.visible.get(element);
    if (seen === undefined) {
      seen = CONTAINER_TAGS.has(tag) && typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
      this.visible.set(element, seen);
    }
    return seen;
  }
}

/**
 * Whether a text holds anything but white space (what /\S/ tests). The first character usually
 * decides; the white space between blocks (a newline and indentation, one node per block on most
 * pages) is read code by code, which costs far less than a regular expression run per node.
 */
function hasContent(data: string): boolean {
  for (let index = 0; index < data.length; index++) if (!isWhiteSpace(data.charCodeAt(index))) return true;
  return false;
}

/**
 * Bounds on one slice, whatever the page: a single text node of 20 MB or a block of 200,000 text
 * nodes is read in pieces, so no slice (and no match of it) turns into a long task. With the
 * recognisers and the larger dictionary, matching 300,000 characters took 57–71 ms on the 20 MB
 * page (bench, huge_node_20mb_extension_longest_slice_ms); 150,000 take 44–47 ms (three runs).
 */
export const SLICE_LIMITS = { chars: 150_000, nodes: 20_000 };

/** Where to cut a huge text at or before `limit`: after a space if there is one not too far back. */
function cutPoint(data: string, from: number, limit: number): number {
  const end = from + limit;
  const space = data.lastIndexOf(' ', end);
  return space > from + limit / 2 ? space + 1 : end;
}

/**
 * A walk over a root's text that can stop at a deadline and go on later, so a long page is
 * read in slices between which the page stays responsive. It stops where one block ends and
 * another begins, so no block's text is cut in two, unless a block alone is larger than
 * SLICE_LIMITS: then it is cut (a huge text node at a space), and a name across the cut is lost.
 */
export class TextWalk {
  private walker: TreeWalker;
  private pending: Text | undefined;
  /** Of a huge text node cut at the end of the last slice: its text and where to go on. */
  private pendingData = '';
  private pendingOffset = 0;
  finished = false;

  constructor(root: Node) {
    this.walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  }

  /** The text read until `deadline` (a performance.now() time), in document order. */
  next(resolver: BlockResolver, deadline = Number.POSITIVE_INFINITY, limits = SLICE_LIMITS): TextSlice {
    const slice: TextSlice = { nodes: [], texts: [], offsets: [], blocks: [], separators: [] };
    let previousBlock: Element | undefined;
    let skippedSpace = false;
    // Consecutive text nodes mostly share a parent (text around a link); one lookup serves them.
    let lastParent: Element | undefined;
    let lastBlock: Element | null = null;
    let blockChanges = 0;
    let chars = 0;
    for (let node = this.pending ?? (this.walker.nextNode() as Text | null); node; node = this.walker.nextNode() as Text | null) {
      const resumed = this.pending === node;
      this.pending = undefined;
      const data = resumed ? this.pendingData : node.data;
      const from = resumed ? this.pendingOffset : 0;
      this.pendingData = '';
      if (data.length === 0 || !hasContent(from === 0 ? data : data.slice(from))) {
        skippedSpace = true;
        continue;
      }
      const parent = node.parentElement;
      if (!parent) continue;
      if (parent !== lastParent) {
        lastParent = parent;
        lastBlock = resolver.blockOf(parent);
      }
      const block = lastBlock;
      if (!block) continue;
      // A node that does not fit in what is left of the slice starts the next one; only a node
      // larger than a whole slice is cut (a name across a cut would be lost).
      const length = data.length - from;
      const full = slice.nodes.length >= limits.nodes || chars >= limits.chars || (chars > 0 && length > limits.chars - chars && length <= limits.chars);
      if (block !== previousBlock || full) {
        // Past the deadline, stop where a new block begins; this node starts the next slice.
        if (full || ((++blockChanges & 15) === 0 && performance.now() > deadline)) {
          this.pending = node;
          this.pendingData = data;
          this.pendingOffset = from;
          return slice;
        }
        slice.separators.push(previousBlock ? BLOCK_BREAK : '');
      } else {
        slice.separators.push(skippedSpace ? ' ' : '');
      }
      skippedSpace = false;
      let text = from === 0 ? data : data.slice(from);
      if (text.length > limits.chars - chars) {
        // A huge text node: this slice takes a piece of it, the next one goes on from the cut.
        const cut = cutPoint(data, from, Math.max(1, limits.chars - chars));
        text = data.slice(from, cut);
        this.pending = node;
        this.pendingData = data;
        this.pendingOffset = cut;
      }
      slice.nodes.push(node);
      slice.texts.push(text);
      slice.offsets.push(from);
      slice.blocks.push(block);
      chars += text.length;
      previousBlock = block;
      if (this.pending) return slice;
    }
    this.finished = true;
    return slice;
  }
}

/** Whether a scan of `root` would read any text; stops at the first such node. */
export function hasReadableText(root: Node, resolver: BlockResolver): boolean {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && hasContent(node.data) && resolver.blockOf(parent)) return true;
  }
  return false;
}

/**
 * Open shadow roots below `root`, which a TreeWalker does not enter. Indexing the live
 * collection of getElementsByTagName is two to three times faster than iterating
 * querySelectorAll's static list on a large page.
 */
export function findOpenShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const elements = root instanceof Document ? root.getElementsByTagName('*') : root.querySelectorAll('*');
  for (let index = 0; index < elements.length; index++) {
    const shadow = elements[index]!.shadowRoot;
    if (shadow) found.push(shadow, ...findOpenShadowRoots(shadow));
  }
  return found;
}
