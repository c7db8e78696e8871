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

/**
 * Maps offsets in a joined text back to segments, for offsets that never go backwards (the
 * mentions of one scan, in order): one pass over the segments in all, and no allocation per
 * lookup, which matters with thousands of mentions on a long page.
 */
export class SegmentCursor {
  private segment = 0;

  constructor(
    private readonly starts: readonly number[],
    private readonly lengths: readonly number[],
  ) {}

  /**
   * The segment holding `offset`. An end offset on a boundary stays in the earlier segment; a
   * start offset there goes to the later one. Offsets must not decrease between calls.
   */
  seek(offset: number, isEnd: boolean): number {
    const last = this.starts.length - 1;
    while (this.segment < last && (isEnd ? this.starts[this.segment + 1]! < offset : this.starts[this.segment + 1]! <= offset)) this.segment++;
    return this.segment;
  }

  /** `offset` within `segment`, kept inside the segment (an offset in a separator clamps). */
  offsetIn(segment: number, offset: number): number {
    return Math.min(Math.max(offset - this.starts[segment]!, 0), this.lengths[segment]!);
  }
}
