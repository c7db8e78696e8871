import { describe, expect, it } from 'vitest';
import { wordAfterGap, wordBeforeGap } from '../../../lib/recognise/title-words';

const before = (text: string, at = text.length) => wordBeforeGap(text, at)?.lower;
const after = (text: string, at = 0) => wordAfterGap(text, at)?.lower;

describe('title words', () => {
  it('reads the word before a place across spaces or a spaced dash, with its hyphens and apostrophes', () => {
    expect(before('Internet pop-up ')).toBe('pop-up');
    expect(before('Applications’ ')).toBe('applications');
    expect(before('China’s ')).toBe("china's");
    expect(before('Guide – ')).toBe('guide');
  });

  it('reads nothing across a comma, a quote or no gap at all', () => {
    expect(before('platforms, ')).toBeUndefined();
    expect(before('"Internet" ')).toBeUndefined();
    expect(before('rules')).toBeUndefined();
  });

  it('reads the word after a place the same way, and says whether it is capitalised', () => {
    expect(after(' online drug')).toBe('online');
    expect(wordAfterGap(' Online', 0)?.capital).toBe(true);
    expect(after(' – Generative')).toBe('generative');
    expect(after('. Next')).toBeUndefined();
  });
});
