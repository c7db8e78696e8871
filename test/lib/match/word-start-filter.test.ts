import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/match/build-matcher';
import { findMentions } from '../../../lib/match/find-mentions';
import type { Matcher } from '../../../lib/match/matcher';
import { wordStartHash } from '../../../lib/match/word-start-filter';

function passes(matcher: Matcher, word: string): boolean {
  const [c1, c2, c3] = [...word.slice(0, 3)].map((ch) => matcher.codeTable[ch.charCodeAt(0)]!);
  const h = wordStartHash(c1!, c2!, c3!);
  return (matcher.wordStarts[h >> 5]! & (1 << (h & 31))) !== 0;
}

function bitCount(bits: Int32Array): number {
  let count = 0;
  for (const word of bits) for (let x = word >>> 0; x !== 0; x >>>= 1) count += x & 1;
  return count;
}

describe('word-start filter', () => {
  const matcher = buildMatcher({
    entries: [
      { id: 'document:csl', name: 'Cybersecurity Law', kind: 'title' },
      { id: 'authority:cac', name: 'CAC', kind: 'abbr' },
      { id: 'document:gb', name: 'GB 40050-2021', kind: 'code' },
    ],
  });

  it('lets through the words that begin a key, in any case', () => {
    expect(passes(matcher, 'cybersecurity')).toBe(true);
    expect(passes(matcher, 'CYBER')).toBe(true);
    expect(passes(matcher, 'CAC')).toBe(true);
  });

  it('stops words that begin no key, so the scanner skips them', () => {
    for (const word of ['the', 'and', 'regulators', 'cycle', 'gbx']) expect(passes(matcher, word)).toBe(false);
  });

  it('holds exactly the three-letter beginnings of the keys and their variants', () => {
    // "PRC Cybersecurity Law", "China's Cybersecurity Law" and "GB40050-2021" are generated
    // variants; "GB 40050-2021" has a space third, so it needs no bit.
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const passing: string[] = [];
    for (const a of letters) for (const b of letters) for (const c of letters) if (passes(matcher, a + b + c)) passing.push(a + b + c);
    expect(passing).toEqual(['cac', 'chi', 'cyb', 'gb4', 'prc']);
    expect(bitCount(matcher.wordStarts)).toBe(5);
  });

  it('passes every continuation of a key shorter than three letters', () => {
    const short = buildMatcher({ entries: [{ id: 'document:5g', name: '5G', kind: 'abbr' }] });
    for (const word of ['5Gx', '5Ga', '5G9']) expect(passes(short, word)).toBe(true);
    expect(passes(short, '6Gx')).toBe(false);
  });

  it('does not change what is found next to skipped words', () => {
    const text = 'Thecybersecurity law is not the Cybersecurity Law; the CAC and CACs differ, as does GB 40050-2021.';
    expect(findMentions(matcher, text).map((m) => m.matched)).toEqual(['Cybersecurity Law', 'CAC', 'GB 40050-2021']);
  });
});
