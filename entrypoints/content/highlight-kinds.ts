/** What a painted mention is, shared by the index, the registry and the pointer. */
import type { ChinaRelation } from '../../lib/page/china-context';
import type { RecognisedMention } from '../../lib/recognise/page-recogniser';

export const HIGHLIGHT_TYPES = ['authority', 'document', 'case'] as const;
export type HighlightType = (typeof HIGHLIGHT_TYPES)[number];

/**
 * A mention found on the page. Its StaticRange is made on first need (painting, hover,
 * reveal), not when it is found: a 20 MB text node holds some 290,000 mentions, and making a
 * StaticRange for each cost about 8 µs in a content script, seconds in all, and memory.
 */
export class PaintedMention {
  private cachedRange: StaticRange | undefined;
  /** How a recogniser found it when not by an exact name, and the words as the page wrote them (for the card). */
  via?: RecognisedMention['via'];
  written?: string;

  constructor(
    readonly id: string,
    readonly type: HighlightType,
    readonly block: Element,
    /** Whether it needs a page about China to be painted, shows that the page is, or neither (china-gate.ts). */
    readonly china: ChinaRelation,
    readonly startNode: Text,
    readonly startOffset: number,
    readonly endNode: Text,
    readonly endOffset: number,
  ) {}

  get range(): StaticRange {
    this.cachedRange ??= new StaticRange({ startContainer: this.startNode, startOffset: this.startOffset, endContainer: this.endNode, endOffset: this.endOffset });
    return this.cachedRange;
  }
}

export function highlightName(type: HighlightType | 'flash'): string {
  return `tmt-lens-${type}`;
}

/** Whether two scans found the same mentions at the same places (then nothing needs repainting). */
export function sameMentions(before: readonly PaintedMention[], after: readonly PaintedMention[]): boolean {
  if (before.length !== after.length) return false;
  for (let index = 0; index < before.length; index++) {
    const a = before[index]!;
    const b = after[index]!;
    if (a.id !== b.id || a.type !== b.type) return false;
    if (a.startNode !== b.startNode || a.startOffset !== b.startOffset || a.endNode !== b.endNode || a.endOffset !== b.endOffset) return false;
  }
  return true;
}
