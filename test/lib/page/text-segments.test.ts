import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcher, findMentions } from '../../../lib/match';
import { BLOCK_BREAK, joinSegments, locateOffset } from '../../../lib/page/text-segments';

describe('text segments', () => {
  it('maps a match across two inline segments back to both', () => {
    const segments = ['The ', 'Cybersecurity', ' Law applies.'];
    const { text, starts } = joinSegments(segments);
    const start = text.indexOf('Cybersecurity Law');
    const end = start + 'Cybersecurity Law'.length;
    const lengths = segments.map((segment) => segment.length);
    expect(locateOffset(starts, lengths, start, false)).toEqual({ segment: 1, offset: 0 });
    expect(locateOffset(starts, lengths, end, true)).toEqual({ segment: 2, offset: 4 });
  });

  it('keeps an end at a boundary in the earlier segment', () => {
    const { starts } = joinSegments(['CAC', ' said']);
    expect(locateOffset(starts, [3, 5], 3, true)).toEqual({ segment: 0, offset: 3 });
    expect(locateOffset(starts, [3, 5], 3, false)).toEqual({ segment: 1, offset: 0 });
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
        const lengths = segments.map((segment) => segment.length);
        for (let offset = 0; offset < text.length; offset++) {
          const { segment, offset: local } = locateOffset(starts, lengths, offset, false);
          expect(segments[segment]!.charAt(local)).toBe(text.charAt(offset));
        }
      }),
    );
  });
});
