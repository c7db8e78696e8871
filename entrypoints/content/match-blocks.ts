/** Runs the matcher over each block's joined text and turns the hits into StaticRanges. */
import { findMentions, type Matcher } from '../../lib/match';
import { joinSegments, locateOffset } from '../../lib/page/text-segments';
import type { TextBlock } from './collect-blocks';
import { HIGHLIGHT_TYPES, type HighlightType, type PaintedMention } from './highlight-index';

function typeOf(id: string): HighlightType | undefined {
  const type = id.slice(0, id.indexOf(':'));
  return (HIGHLIGHT_TYPES as readonly string[]).includes(type) ? (type as HighlightType) : undefined;
}

export function matchBlock(block: TextBlock, matchers: readonly Matcher[]): PaintedMention[] {
  const data = block.nodes.map((node) => node.data);
  const { text, starts } = joinSegments(data, block.breakBefore);
  const lengths = data.map((segment) => segment.length);
  const painted: PaintedMention[] = [];
  for (const mention of findMentions(matchers, text)) {
    const type = typeOf(mention.id);
    if (!type) continue;
    const start = locateOffset(starts, lengths, mention.start, false);
    const end = locateOffset(starts, lengths, mention.end, true);
    const range = new StaticRange({
      startContainer: block.nodes[start.segment]!,
      startOffset: start.offset,
      endContainer: block.nodes[end.segment]!,
      endOffset: end.offset,
    });
    painted.push({ id: mention.id, type, range, block: block.element });
  }
  return painted;
}
