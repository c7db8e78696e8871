import { describe, expect, it } from 'vitest';
import { compressText } from '../../../lib/build/compress-text';
import { expandText } from '../../../lib/match/expand-text';
import { ESCAPE_CANDIDATES, TEXT_DIGITS } from '../../../lib/match/text-digits';

const TITLE = 'Measures for the Security Assessment of Outbound Data Transfers';

describe('compressed text', () => {
  it.each([
    ['empty', ''],
    ['one character', 'a'],
    ['no repeats', 'abcdefghij'],
    ['repeated names', `${TITLE}; ${TITLE.toLowerCase()}; ${TITLE}, ${TITLE}.`],
    ['a run (a repeat overlapping itself)', `x${'ab'.repeat(500)}y${'a'.repeat(300)}`],
    ['Chinese, repeated', '数据出境安全评估办法 数据出境安全评估办法 数据安全法 数据安全法'],
    ['astral characters', '𠀀𠀁𠀀𠀁𠀀𠀁𠀀𠀁 🙂🙂🙂🙂🙂🙂'],
    ['every escape candidate, often', `${ESCAPE_CANDIDATES.repeat(40)} ^^ || }} ~~ ${TITLE}`],
    ['JSON', JSON.stringify({ a: [1, 2, 3], b: 'quote " and backslash \\ and `tick` and ${x}', c: TITLE, d: TITLE })],
  ])('round-trips %s', (_, text) => {
    expect(expandText(compressText(text))).toBe(text);
  });

  it('shrinks repetitive text', () => {
    const text = Array.from({ length: 200 }, (_, i) => `${TITLE} (${i % 7})`).join('\n');
    expect(compressText(text).length).toBeLessThan(text.length / 10);
  });

  it('writes references with digits that need no escaping anywhere and are never an escape character', () => {
    expect(TEXT_DIGITS).toMatch(/^[\x20-\x7e]+$/);
    expect(TEXT_DIGITS).not.toMatch(/["'`\\$^|}~]/);
    expect(TEXT_DIGITS.length % 2).toBe(0);
  });

  it('rejects a wrong size, an unknown escape character and broken references', () => {
    const packed = compressText(`${TITLE} ${TITLE} ${TITLE}`);
    const [size, rest] = [packed.slice(0, packed.indexOf(':')), packed.slice(packed.indexOf(':') + 1)];
    expect(() => expandText(`${Number(size) + 1}:${rest}`)).toThrow(/Malformed/);
    expect(() => expandText(`${Number(size) - 1}:${rest}`)).toThrow(/Malformed/);
    expect(() => expandText(`x:${rest}`)).toThrow(/Malformed/);
    expect(() => expandText(`${size}:a${rest.slice(1)}`)).toThrow(/Malformed/);
    expect(() => expandText(`${size}:${rest}^`)).toThrow(/Malformed/); // a reference cut short
    expect(expandText('7:^ab^ !')).toBe('abababa'); // five characters from two back
    expect(() => expandText('7:^ab^ #')).toThrow(/Malformed/); // from three back: before the start
    expect(() => expandText('7:^ab^ ~')).toThrow(/Malformed/); // not a digit
    expect(() => expandText('')).toThrow(/Malformed/);
  });
});
