import { describe, expect, it } from 'vitest';
import { linkWordBefore, wordBefore } from '../../../lib/recognise/word-before';

describe('wordBefore', () => {
  it('reads the letters before the white space that ends at the offset', () => {
    expect(wordBefore('the Interim  Measures', 13)).toEqual({ word: 'Interim', start: 4 });
    expect(wordBefore('Interim\u00a0Measures', 8)).toEqual({ word: 'Interim', start: 0 });
  });

  it('is undefined without white space there, and empty after a non-letter', () => {
    expect(wordBefore('the-Measures', 4)).toBeUndefined();
    expect(wordBefore('Measures', 0)).toBeUndefined();
    expect(wordBefore('(2021) Measures', 7)).toEqual({ word: '', start: 6 });
  });
});

describe('linkWordBefore', () => {
  it('skips one "the", in the case asked', () => {
    const text = 'the Commission of the State Council';
    expect(linkWordBefore(text, 22)).toBe('of');
    expect(linkWordBefore('Office under State', 13)).toBe('under');
    expect(linkWordBefore('IMPLEMENTATION OF THE Law', 22, true)).toBe('of');
    expect(linkWordBefore('IMPLEMENTATION OF THE Law', 22)).toBe('THE');
  });

  it('is undefined when "the" has no white space before it', () => {
    expect(linkWordBefore('the Law', 4)).toBeUndefined();
    expect(linkWordBefore('x-the Law', 6)).toBeUndefined();
  });
});
