import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeTerms,
  compactKey,
  compactKeyUnicode,
  foldText,
  splitTerms,
  splitTermsUnicode,
  textTerms,
} from '../../../lib/search/search-text';

describe('foldText', () => {
  it('lower-cases, folds full-width forms and drops accents', () => {
    expect(foldText('ＧＢ/Ｔ Café')).toBe('gb/t cafe');
  });
});

describe('splitTerms', () => {
  it('splits on anything but letters and digits and keeps codes whole', () => {
    expect(splitTerms('GB/T 35273-2020, TC260')).toEqual(['gb', 't', '35273', '2020', 'tc260']);
  });

  it('drops the possessive so "People’s" and "People\'s" meet', () => {
    expect(splitTerms('Supreme People’s Court')).toEqual(splitTerms("supreme people's court"));
    expect(splitTerms('People’s')).toEqual(['people']);
  });

  it('cuts Chinese into overlapping pairs, and a single character stands alone', () => {
    expect(splitTerms('网信办')).toEqual(['网信', '信办']);
    expect(splitTerms('网')).toEqual(['网']);
  });

  it('separates Chinese from Latin in one run', () => {
    expect(splitTerms('5G网络')).toEqual(['5g', '网络']);
  });
});

describe('textTerms', () => {
  it('leaves out stop words', () => {
    expect(textTerms('Measures for the Administration of Data')).toEqual(['measures', 'administration', 'data']);
  });
});

describe('codeTerms', () => {
  it('indexes a standard code in every common spelling', () => {
    expect(codeTerms('GB/T 35273-2020')).toEqual(
      expect.arrayContaining(['gb', 't', '35273', '2020', 'gbt352732020', 'gbt35273', 'gb35273']),
    );
  });

  it('splits letters from digits in an abbreviation like TC260', () => {
    expect(codeTerms('TC260')).toEqual(expect.arrayContaining(['tc260', 'tc', '260']));
  });
});

describe('compactKey', () => {
  it('reduces a name to letters and digits', () => {
    expect(compactKey('GB 40050-2021')).toBe('gb400502021');
    expect(compactKey(' gb40050 2021 ')).toBe('gb400502021');
    expect(compactKey('Supreme People’s Court')).toBe(compactKey("Supreme People's Court"));
  });

  it('keeps Chinese characters', () => {
    expect(compactKey('网信办')).toBe('网信办');
  });
});

describe('the ASCII fast path', () => {
  const alphabet = fc.constantFrom(...'abcXYZ019 -/.,()’‘“”ʼ–—é网\''.split(''), 's', "'s", '’s');
  const text = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''));

  it('splits exactly as the general path does', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(splitTerms(value)).toEqual(splitTermsUnicode(value));
      }),
      { numRuns: 500 },
    );
  });

  it('compacts exactly as the general path does', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(compactKey(value)).toBe(compactKeyUnicode(value));
      }),
      { numRuns: 500 },
    );
  });
});
