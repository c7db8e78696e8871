import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcher, findMentions } from '../../../lib/match';
import { BLOCK_BREAK, joinSegments, SegmentCursor } from '../../../lib/page/text-segments';

describe('text segments', () => {
  it('maps a match across two inline segments back to both', () => {
    const segments = ['The ', 'Cybersecurity', ' Law applies.'];
    const { text, starts } = joinSegments(segments);
    const start = text.indexOf('Cybersecurity Law');
    const end = start + 'Cybersecurity Law'.length;
    const cursor = new SegmentCursor(starts, segments.map((segment) => segment.length));
    const startSegment = cursor.seek(start, false);
    expect([startSegment, cursor.offsetIn(startSegment, start)]).toEqual([1, 0]);
    const endSegment = cursor.seek(end, true);
    expect([endSegment, cursor.offsetIn(endSegment, end)]).toEqual([2, 4]);
  });

  it('keeps an end at a boundary in the earlier segment', () => {
    const { starts } = joinSegments(['CAC', ' said']);
    expect(new SegmentCursor(starts, [3, 5]).seek(3, true)).toBe(0);
    expect(new SegmentCursor(starts, [3, 5]).seek(3, false)).toBe(1);
    expect(new SegmentCursor(starts, [3, 5]).offsetIn(0, 3)).toBe(3);
  });

  it('writes each separator before its segment and counts it in the offsets', () => {
    const joined = joinSegments(['Data', 'Security', 'Law'], ['', BLOCK_BREAK, ' ']);
    expect(joined.text).toBe(`Data${BLOCK_BREAK}Security Law`);
    expect(joined.starts).toEqual([0, 5, 14]);
  });

  it('keeps names from running across a block break, which white space would not', () => {
    const matcher = buildMatcher({ entries: [{ id: 'document:dsl', name: 'Data Security Law', kind: 'title' }] });
    expect(findMentions(matcher, 'Data\n\nSecurity Law')).toHaveLength(1);
    expect(findMentions(matcher, joinSegments(['Data', 'Security Law'], ['', BLOCK_BREAK]).text)).toEqual([]);
  });

  it('round-trips every offset', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 10 }), (segments) => {
        const { text, starts } = joinSegments(segments);
        const cursor = new SegmentCursor(starts, segments.map((segment) => segment.length));
        for (let offset = 0; offset < text.length; offset++) {
          const segment = cursor.seek(offset, false);
          expect(segments[segment]!.charAt(cursor.offsetIn(segment, offset))).toBe(text.charAt(offset));
        }
      }),
    );
  });

  it('finds each segment from its own start and end, separators and all, in one forward pass', () => {
    const segmentsArb = fc.array(fc.record({ text: fc.string({ minLength: 1, maxLength: 6 }), separator: fc.constantFrom('', ' ', BLOCK_BREAK) }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(segmentsArb, (parts) => {
        const segments = parts.map((part) => part.text);
        const { text, starts } = joinSegments(segments, parts.map((part) => part.separator));
        const cursor = new SegmentCursor(starts, segments.map((segment) => segment.length));
        segments.forEach((segment, index) => {
          const start = starts[index]!;
          const end = start + segment.length;
          expect(text.slice(start, end)).toBe(segment);
          expect(cursor.seek(start, false)).toBe(index);
          expect(cursor.offsetIn(index, start)).toBe(0);
          expect(cursor.seek(end, true)).toBe(index);
          expect(cursor.offsetIn(index, end)).toBe(segment.length);
        });
      }),
    );
  });
});
