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

/**
 * Put between the text of two blocks: a character no name contains, so every partial match
 * dies there and no name spans two paragraphs. (A newline would not do: the matcher reads a run
 * of white space as one space, so "Data</p><p>Security Law" would match.)
 */
export const BLOCK_BREAK = '\u0000';

/** `separators[i]`, when given, is written before segment i (e.g. a space, or BLOCK_BREAK). */
export function joinSegments(segments: readonly string[], separators: readonly string[] = []): JoinedText {
  const starts = new Array<number>(segments.length);
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; index < segments.length; index++) {
    const separator = separators[index];
    if (separator) {
      parts.push(separator);
      length += separator.length;
    }
    starts[index] = length;
    const segment = segments[index]!;
    parts.push(segment);
    length += segment.length;
  }
  // join() makes one flat string; a chain of += would be flattened on the matcher's first read.
  return { text: parts.join(''), starts };
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
