import { describe, expect, it } from 'vitest';
import { FOLD_SOURCE_RANGES, IGNORABLE, SPACE, foldChar, normalizeChar } from '../../../lib/match/fold-char';
import { foldString, normalizeString } from '../../../lib/match/fold-string';
import { WORD_CHAR_RANGES, isWordChar } from '../../../lib/match/word-char';

const code = (s: string) => s.charCodeAt(0);

describe('foldChar', () => {
  it('lower-cases each character as toLowerCase does, keeping those that would become two units', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const n = normalizeChar(c);
      if (n < 0) continue;
      const lower = String.fromCharCode(n).toLowerCase();
      // Only the Latin, Greek and Cyrillic blocks below U+0530 are lower-cased.
      const expected = n < 0x530 && lower.length === 1 ? lower.charCodeAt(0) : n;
      if (foldChar(c) !== expected) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(foldChar(0x130)).toBe(0x130); // İ lower-cases to "i̇", two units
  });

  it.each([
    ['A', 'a'],
    ['z', 'z'],
    ['É', 'é'],
    ['Ａ', 'a'],
    ['３', '3'],
    ['’', "'"],
    ['‘', "'"],
    ['“', '"'],
    ['”', '"'],
    ['–', '-'],
    ['—', '-'],
    ['‐', '-'],
    ['‑', '-'],
    ['−', '-'],
    ['－', '-'],
    ['（', '('],
    ['「', '"'],
    ['」', '"'],
    ['『', '"'],
    ['』', '"'],
    // Title marks stay what they are.
    ['《', '《'],
    ['〈', '〈'],
    ['网', '网'],
  ])('%s → %s', (from, to) => {
    expect(foldChar(code(from))).toBe(code(to));
  });

  it.each(['\t', '\n', '\r', '\u000b', '\f', '\u00a0', '\u2002', '\u2009', '\u202f', '\u3000', '\u2028'])(
    'folds whitespace U+%s to a space',
    (ws) => {
      expect(foldChar(code(ws))).toBe(SPACE);
    },
  );

  it.each(['\u00ad', '\u200b', '\u200d', '\u2060', '\ufeff'])('drops the invisible mark %j', (mark) => {
    expect(foldChar(code(mark))).toBe(IGNORABLE);
  });

  it('keeps case in normalizeChar', () => {
    expect(normalizeChar(code('A'))).toBe(code('A'));
    expect(normalizeChar(code('Ａ'))).toBe(code('A'));
    expect(normalizeChar(code('’'))).toBe(code("'"));
  });

  it('is idempotent, is the identity outside FOLD_SOURCE_RANGES, and keeps word characters words', () => {
    const inRanges = (c: number) => FOLD_SOURCE_RANGES.some(([from, to]) => c >= from && c <= to);
    const violations: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const f = foldChar(c);
      if (f === IGNORABLE) continue;
      if (foldChar(f) !== f) violations.push(`not idempotent at ${c.toString(16)}`);
      if (!inRanges(c) && f !== c) violations.push(`changes ${c.toString(16)} outside the ranges`);
      if (f !== SPACE && isWordChar(f) !== isWordChar(c)) violations.push(`word-ness of ${c.toString(16)}`);
    }
    expect(violations).toEqual([]);
  });

  it('agrees with WORD_CHAR_RANGES', () => {
    const inRanges = (c: number) => WORD_CHAR_RANGES.some(([from, to]) => c >= from && c <= to);
    const violations: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWordChar(c) !== inRanges(c)) violations.push(c);
    expect(violations).toEqual([]);
  });
});

describe('foldString', () => {
  it('collapses whitespace runs, drops marks and trims', () => {
    expect(foldString('  The\u00a0 PRC’s\n\tData\u00adSecurity  Law ')).toBe("the prc's datasecurity law");
    expect(normalizeString(' CAC’s ')).toBe("CAC's");
  });
});
