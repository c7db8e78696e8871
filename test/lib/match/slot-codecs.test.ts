import { describe, expect, it } from 'vitest';
import { decodeBase, decodeFail, encodeBase, encodeFail } from '../../../lib/match/slot-codecs';

describe('slot codecs', () => {
  it.each([
    // [base, slot, firstWordCode, stored]
    [0, 57, 40, 0],
    [18, 57, 40, 2], // a chain state: its child on the first word code sits right after it
    [17, 57, 40, 1],
    [16, 57, 40, -1],
    [1000, 57, 40, 984],
  ])('base %i at slot %i stores as %i', (base, slot, firstWordCode, stored) => {
    expect(encodeBase(base, slot, firstWordCode)).toBe(stored);
    expect(decodeBase(stored, slot, firstWordCode)).toBe(base);
  });

  it.each([
    // [fail, predicted, stored]
    [120, 120, 0],
    [0, 0, 0],
    [0, 120, 1],
    [7, 120, 9],
  ])('fail %i with prediction %i stores as %i', (fail, predicted, stored) => {
    expect(encodeFail(fail, predicted)).toBe(stored);
    expect(decodeFail(stored, predicted)).toBe(fail);
  });
});
