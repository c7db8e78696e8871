import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinSegments, locateOffset } from '../../../lib/page/text-segments';

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

  it('inserts a separator before a segment that follows a nested block', () => {
    expect(joinSegments(['Data', 'Security Law'], [false, true]).text).toBe('Data\nSecurity Law');
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
