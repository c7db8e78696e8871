/**
 * A block's text is the concatenation of its text nodes. These helpers map offsets in that
 * concatenation back to (segment, offset) pairs, so a match that spans inline tags
 * ("<a>Cybersecurity</a> Law") becomes one range over two text nodes.
 */
export interface JoinedText {
  text: string;
  /** Start offset of each segment in `text`. */
  starts: number[];
}

export function joinSegments(segments: readonly string[], separatorBefore: readonly boolean[] = []): JoinedText {
  const starts: number[] = [];
  let text = '';
  segments.forEach((segment, index) => {
    // A separator keeps text on either side of a nested block from running together.
    if (separatorBefore[index]) text += '\n';
    starts.push(text.length);
    text += segment;
  });
  return { text, starts };
}

/** The segment holding `offset` (binary search); an end offset at a boundary stays in the earlier segment. */
export function locateOffset(starts: readonly number[], lengths: readonly number[], offset: number, isEnd: boolean): { segment: number; offset: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const start = starts[middle]!;
    if (start < offset || (!isEnd && start === offset)) low = middle;
    else high = middle - 1;
  }
  const segment = low;
  const local = Math.min(Math.max(offset - starts[segment]!, 0), lengths[segment]!);
  return { segment, offset: local };
}
