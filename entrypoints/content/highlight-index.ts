/**
 * Every mention TMT Lens found on the page, indexed by block for incremental rescans and by
 * text node for hit-testing; counts, "On this page", reveal and export read it. Which of them
 * the browser paints is the viewport registry's business (viewport-registry.ts): it holds only
 * what is near the screen, and hears of a block only when the block's mentions changed.
 * Ranges are StaticRanges, made only when needed: they never track DOM changes, so the page pays nothing when it mutates.
 */
import { sameMentions, type PaintedMention } from './highlight-kinds';
import { ViewportRegistry } from './viewport-registry';

export { HIGHLIGHT_TYPES, highlightName, type HighlightType, type PaintedMention } from './highlight-kinds';

export class HighlightIndex {
  private registry = new ViewportRegistry();
  private byBlock = new Map<Element, PaintedMention[]>();
  /** For hit-testing; rebuilt on the first hover after a change, not on every scan. */
  private byNode: Map<Node, PaintedMention[]> | undefined;
  /** Bumped whenever the mentions change: a live page rescans often and mostly finds what it had. */
  private changes = 0;

  /**
   * Adds a scan's mentions. `replacing` lists the blocks that were scanned again: their
   * mentions become the new scan's, and a block whose mentions did not change is left as it
   * was (the registry is not touched). A sliced first scan replaces nothing: it can meet the
   * text of one block (around a nested block) in two slices, and the block keeps the mentions of both.
   */
  add(mentions: readonly PaintedMention[], replacing: Iterable<Element> = []): void {
    const found = groupByBlock(mentions);
    const replaced = new Set(replacing);
    // In the order of the mentions, so blocks come to the registry in document order.
    for (const [block, added] of found) {
      const existing = replaced.has(block) ? undefined : this.byBlock.get(block);
      if (existing) this.appendToBlock(block, existing, added);
      else this.setBlock(block, added);
    }
    for (const block of replaced) if (!found.has(block)) this.setBlock(block, []);
  }

  /**
   * Takes the mentions of a complete rescan: blocks no longer found are dropped, the others
   * replaced where they changed; blocks in `keep` were rescanned since and stay as they are.
   * Until this call the page keeps what it had (no flash).
   */
  replaceAll(mentions: readonly PaintedMention[], keep: ReadonlySet<Element> = new Set()): void {
    const found = groupByBlock(mentions);
    for (const block of [...this.byBlock.keys()]) if (!found.has(block) && !keep.has(block)) this.setBlock(block, []);
    for (const [block, list] of found) this.setBlock(block, list);
  }

  private setBlock(block: Element, mentions: PaintedMention[]): void {
    const old = this.byBlock.get(block) ?? [];
    if (sameMentions(old, mentions)) return;
    if (mentions.length === 0) this.byBlock.delete(block);
    else this.byBlock.set(block, mentions);
    this.byNode = undefined;
    this.changes++;
    this.registry.update(block, mentions);
  }

  /** More mentions of a block read in an earlier slice: appended in place (a copy per slice would be quadratic). */
  private appendToBlock(block: Element, existing: PaintedMention[], added: readonly PaintedMention[]): void {
    for (const mention of added) existing.push(mention);
    this.byNode = undefined;
    this.changes++;
    this.registry.update(block, existing);
  }

  removeBlock(block: Element): void {
    this.setBlock(block, []);
  }

  /** Drops mentions whose block has left the document (they would paint stale positions). */
  dropDetached(): void {
    for (const block of [...this.byBlock.keys()]) if (!block.isConnected) this.removeBlock(block);
  }

  /** The page changed where it was rescanned: blocks may have moved, and are measured again (throttled). */
  pageChanged(): void {
    this.registry.recheck();
  }

  /** How many times the mentions have changed: the same number means the same mentions. */
  get version(): number {
    return this.changes;
  }

  /** Whether a block has mentions. */
  hasMentions(block: Element): boolean {
    return this.byBlock.has(block);
  }

  /** Ranges in the browser's registry now (those near the viewport). */
  get registeredCount(): number {
    return this.registry.size;
  }

  get mentionCount(): number {
    let count = 0;
    for (const mentions of this.byBlock.values()) count += mentions.length;
    return count;
  }

  mentionsAt(node: Node, offset: number): PaintedMention | undefined {
    return this.nodeIndex().get(node)?.find((mention) => {
      const afterStart = node !== mention.startNode || offset >= mention.startOffset;
      const beforeEnd = node !== mention.endNode || offset < mention.endOffset;
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
        note(mention.startNode, mention);
        if (mention.endNode !== mention.startNode) note(mention.endNode, mention);
      }
    }
    this.byNode = byNode;
    return byNode;
  }

  /** Every mention of one entry, in document order. */
  occurrencesOf(id: string): PaintedMention[] {
    const list = [...this.byBlock.values()].flat().filter((mention) => mention.id === id);
    return list.sort((a, b) => {
      if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
      return a.startNode.compareDocumentPosition(b.startNode) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
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
    this.changes++;
    this.registry.clear();
  }

  dispose(): void {
    this.byBlock.clear();
    this.byNode = undefined;
    this.registry.dispose();
  }
}

function groupByBlock(mentions: readonly PaintedMention[]): Map<Element, PaintedMention[]> {
  const found = new Map<Element, PaintedMention[]>();
  for (const mention of mentions) {
    const list = found.get(mention.block);
    if (list) list.push(mention);
    else found.set(mention.block, [mention]);
  }
  return found;
}
