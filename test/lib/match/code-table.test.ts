import { describe, expect, it } from 'vitest';
import { CODE_IGNORABLE, CODE_NONE, CODE_SPACE, FIRST_CODE, buildAlphabet, describeAlphabet } from '../../../lib/match/alphabet';
import { buildCodeTable } from '../../../lib/match/code-table';
import { IGNORABLE, SPACE, foldChar } from '../../../lib/match/fold-char';
import { foldString } from '../../../lib/match/fold-string';
import { isWordChar } from '../../../lib/match/word-char';

/** The code table's definition, character by character: fold, then look the result up. */
function expectedCode(c: number, alphabet: string, noneWordCode: number): number {
  const f = foldChar(c);
  if (f === SPACE) return CODE_SPACE;
  if (f === IGNORABLE) return CODE_IGNORABLE;
  const at = alphabet.indexOf(String.fromCharCode(f));
  if (at >= 0) return FIRST_CODE + at;
  return isWordChar(c) ? noneWordCode : CODE_NONE;
}

describe('code table', () => {
  it.each([
    ['Latin, Chinese and punctuation', ['cybersecurity law', "china's 'data' law", 'gb/t 35273-2020', '网络安全法（试行）', 'tc260']],
    ['accented, Greek and Cyrillic letters', ['ley de protección', 'σύνταγμα θ', 'закон о связи', 'ǆ ǉ ǌ']],
    ['an empty alphabet', []],
  ])('maps every BMP code unit as folding and the alphabet say: %s', (_, names) => {
    const alphabet = buildAlphabet(names.map(foldString));
    const codes = describeAlphabet(alphabet);
    const table = buildCodeTable(alphabet, codes);
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const expected = expectedCode(c, alphabet, codes.noneWordCode);
      if (table[c] !== expected) wrong.push(`U+${c.toString(16).padStart(4, '0')}: ${table[c]} ≠ ${expected}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
