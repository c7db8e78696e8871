import { describe, expect, it } from 'vitest';
import { firstIndexWhere, windowAround } from '../../../lib/page/visible-window';

describe('firstIndexWhere', () => {
  it('finds the first index past the boundary', () => {
    expect(firstIndexWhere(10, (index) => index >= 4)).toBe(4);
    expect(firstIndexWhere(10, () => true)).toBe(0);
    expect(firstIndexWhere(10, () => false)).toBe(10);
    expect(firstIndexWhere(0, () => true)).toBe(0);
  });

  it('asks about log2(n) indexes, not n', () => {
    let asked = 0;
    firstIndexWhere(1_000_000, (index) => {
      asked++;
      return index >= 123_456;
    });
    expect(asked).toBeLessThanOrEqual(21);
  });
});

describe('windowAround', () => {
  it('adds as many mentions again above and below per screen of margin', () => {
    expect(windowAround(100, 110, 1000, 2, 5, 5000)).toEqual({ start: 80, end: 130 });
  });

  it('pads by whole mentions for part of a screen', () => {
    expect(windowAround(100, 111, 1000, 0.5, 5, 5000)).toEqual({ start: 94, end: 117 });
  });

  it('pads a screen without mentions by the minimum, and stays within the block', () => {
    expect(windowAround(3, 3, 1000, 2, 50, 5000)).toEqual({ start: 0, end: 103 });
    expect(windowAround(990, 1000, 1000, 2, 5, 5000)).toEqual({ start: 970, end: 1000 });
    expect(windowAround(0, 0, 0, 2, 50, 5000)).toEqual({ start: 0, end: 0 });
  });

  it('is capped at the limit', () => {
    expect(windowAround(0, 4000, 100_000, 2, 50, 2000)).toEqual({ start: 0, end: 2000 });
  });
});
