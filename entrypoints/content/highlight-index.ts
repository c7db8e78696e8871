/**
 * The highlights TMT Lens has painted: one CSS Highlight per entry type, made of StaticRanges
 * (they never track DOM changes, so the page pays nothing when it mutates), indexed by block
 * for incremental rescans and by text node for hit-testing.
 */
import type { ChinaRelation } from '../../lib/page/china-context';
import type { RecognisedMention } from '../../lib/recognise/page-recogniser';

export const HIGHLIGHT_TYPES = ['authority', 'document', 'case'] as const;
export type HighlightType = (typeof HIGHLIGHT_TYPES)[number];

export interface PaintedMention {
  id: string;
  type: HighlightType;
  range: StaticRange;
  block: Element;
  /** Whether it needs a page about China to be painted, shows that the page is, or neither (china-gate.ts). */
  china: ChinaRelation;
  /** How a recogniser found it when not by an exact name, and the words as the page wrote them. */
  via?: RecognisedMention['via'];
  written?: string;
}

export function highlightName(type: HighlightType | 'flash'): string {
  return `tmt-lens-${type}`;
}

export class HighlightIndex {
  private highlights = new Map<HighlightType, Highlight>();
  private byBlock = new Map<Element, PaintedMention[]>();
  /** For hit-testing; rebuilt on the first hover after a change, not on every scan. */
  private byNode: Map<Node, PaintedMention[]> | undefined;

  constructor() {
    for (const type of HIGHLIGHT_TYPES) {
      const highlight = new Highlight();
      this.highlights.set(type, highlight);
      CSS.highlights.set(highlightName(type), highlight);
    }
  }

  /**
   * Paints a scan's mentions. `replacing` lists the blocks that were scanned again: their old
   * mentions go first. A sliced first scan replaces nothing: it can meet the text of one block
   * (around a nested block) in two slices, and the block keeps the mentions of both.
   */
  add(mentions: readonly PaintedMention[], replacing: Iterable<Element> = []): void {
    for (const block of replacing) this.removeBlock(block);
    this.byNode = undefined;
    const added: Record<HighlightType, StaticRange[]> = { authority: [], document: [], case: [] };
    for (const mention of mentions) {
      const existing = this.byBlock.get(mention.block);
      if (existing) existing.push(mention);
      else this.byBlock.set(mention.block, [mention]);
      added[mention.type].push(mention.range);
    }
    for (const type of HIGHLIGHT_TYPES) {
      const highlight = this.highlights.get(type)!;
      if (highlight.size === 0 && added[type].length > 0) {
        // Building a new Highlight in one go is far cheaper than thousands of add() calls.
        const fresh = new Highlight(...added[type]);
        this.highlights.set(type, fresh);
        CSS.highlights.set(highlightName(type), fresh);
      } else {
        for (const range of added[type]) highlight.add(range);
      }
    }
  }

  removeBlock(block: Element): void {
    const old = this.byBlock.get(block);
    if (!old) return;
    this.byBlock.delete(block);
    this.byNode = undefined;
    for (const mention of old) this.highlights.get(mention.type)?.delete(mention.range);
  }

  /** Drops ranges whose block has left the document (they would paint stale positions). */
  dropDetached(): void {
    for (const block of [...this.byBlock.keys()]) if (!block.isConnected) this.removeBlock(block);
  }

  mentionsAt(node: Node, offset: number): PaintedMention | undefined {
    return this.nodeIndex().get(node)?.find((mention) => {
      const { startContainer, startOffset, endContainer, endOffset } = mention.range;
      const afterStart = node !== startContainer || offset >= startOffset;
      const beforeEnd = node !== endContainer || offset < endOffset;
      return afterStart && beforeEnd;
    });
  }

  private nodeIndex(): Map<Node, PaintedMention[]> {
    if (this.byNode) return this.byNode;
    const byNode = new Map<Node, PaintedMention[]>();
    const note = (node: Node, mention: PaintedMention) => {
      const list = byNode.get(node);
      if (list) list.push(mention);
      else byNode.set(node, [mention]);
    };
    for (const mentions of this.byBlock.values()) {
      for (const mention of mentions) {
        note(mention.range.startContainer, mention);
        if (mention.range.endContainer !== mention.range.startContainer) note(mention.range.endContainer, mention);
      }
    }
    this.byNode = byNode;
    return byNode;
  }

  /** Every painted mention of one entry, in document order. */
  occurrencesOf(id: string): PaintedMention[] {
    const list = [...this.byBlock.values()].flat().filter((mention) => mention.id === id);
    return list.sort((a, b) => {
      if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
      return a.range.startContainer.compareDocumentPosition(b.range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const mentions of this.byBlock.values()) for (const mention of mentions) counts[mention.id] = (counts[mention.id] ?? 0) + 1;
    return counts;
  }

  clear(): void {
    this.byBlock.clear();
    this.byNode = undefined;
    for (const highlight of this.highlights.values()) highlight.clear();
  }

  dispose(): void {
    this.clear();
    for (const type of HIGHLIGHT_TYPES) CSS.highlights.delete(highlightName(type));
  }
}
