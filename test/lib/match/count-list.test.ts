import { describe, expect, it } from 'vitest';
import { isCountList } from '../../../lib/match/count-list';

describe('isCountList', () => {
  it('accepts integers from 0 to 2^31 - 1, and the empty list', () => {
    expect(isCountList([])).toBe(true);
    expect(isCountList([0, 1, 2 ** 31 - 1])).toBe(true);
  });

  it.each([
    ['a negative number', -1],
    ['a fraction', 0.5],
    ['a number too large for the tables', 2 ** 31],
    ['infinity', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
    ['a numeric string', '1'],
    ['null', null],
    ['a boolean', true],
  ])('rejects a list holding %s', (_, value) => {
    expect(isCountList([1, value, 2])).toBe(false);
  });

  it('rejects what is not an array, and arrays with holes', () => {
    expect(isCountList({ length: 1, 0: 1 })).toBe(false);
    expect(isCountList('1,2')).toBe(false);
    const holey: number[] = [1, 2];
    holey[5] = 3;
    expect(isCountList(holey)).toBe(false);
  });

  it('checks every value of a long list, past the first chunk', () => {
    const long = Array.from({ length: 100_000 }, (_, i) => i % 7);
    expect(isCountList(long)).toBe(true);
    for (const at of [0, 16_383, 16_384, 50_000, 99_999]) {
      expect(isCountList(long.map((v, i) => (i === at ? -1 : v)))).toBe(false);
      expect(isCountList(long.map((v, i) => (i === at ? 2 ** 31 : v)))).toBe(false);
    }
  });
});
