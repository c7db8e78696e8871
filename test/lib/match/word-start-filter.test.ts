import { describe, expect, it } from 'vitest';
import { CODE_SPACE } from '../../../lib/match/alphabet';
import { buildMatcher } from '../../../lib/match/build-matcher';
import { findMentions } from '../../../lib/match/find-mentions';
import type { Matcher } from '../../../lib/match/matcher';
import { nextWordHash, wordHashBit } from '../../../lib/match/word-start-filter';

const codeOf = (matcher: Matcher, ch: string): number => matcher.codeTable[ch.charCodeAt(0)]!;

function hashOf(matcher: Matcher, word: string): number {
  let hash = codeOf(matcher, word);
  for (const ch of word.slice(1)) hash = nextWordHash(hash, codeOf(matcher, ch));
  return hash;
}

function has(bits: Int32Array, hash: number): boolean {
  const bit = wordHashBit(hash);
  return (bits[bit >> 5]! & (1 << (bit & 31))) !== 0;
}

/** Whether the word passes the first level: it is the first word of some key. */
const startsKey = (matcher: Matcher, word: string): boolean => has(matcher.wordStarts, hashOf(matcher, word));

/** Whether the first word followed by `after` (a non-word character, or whitespace and one more) passes the second level. */
function goesOn(matcher: Matcher, word: string, after: string): boolean {
  let hash = hashOf(matcher, word);
  for (const ch of after) hash = nextWordHash(hash, codeOf(matcher, ch));
  return has(matcher.wordNexts, hash);
}

const endsKey = (matcher: Matcher, word: string): boolean => has(matcher.wordNexts, nextWordHash(hashOf(matcher, word), 0));

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

  it('lets through the first words of keys, in any case', () => {
    for (const word of ['cybersecurity', 'CYBERSECURITY', 'CAC', 'gb', 'GB40050']) expect(startsKey(matcher, word)).toBe(true);
  });

  it('stops every other word, beginnings and extensions of first words included', () => {
    for (const word of ['the', 'and', 'cyber', 'cybersecurityx', 'cacs', 'ca', 'gb4', 'law']) expect(startsKey(matcher, word)).toBe(false);
  });

  it('holds exactly the first words of the keys and their variants', () => {
    // "PRC Cybersecurity Law", "China's Cybersecurity Law" and "GB40050-2021" are generated variants.
    const firstWords = ['cybersecurity', 'cac', 'gb', 'gb40050', 'prc', 'china'];
    for (const word of firstWords) expect(startsKey(matcher, word)).toBe(true);
    expect(bitCount(matcher.wordStarts)).toBe(firstWords.length);
  });

  it('knows what may follow a first word: the next character, or whitespace and the one after it', () => {
    const space = String.fromCharCode(0x20);
    expect(goesOn(matcher, 'cybersecurity', space + 'l')).toBe(true);
    expect(goesOn(matcher, 'cybersecurity', space + 'a')).toBe(false);
    expect(goesOn(matcher, 'gb', space + '4')).toBe(true);
    expect(goesOn(matcher, 'gb40050', '-')).toBe(true);
    expect(goesOn(matcher, 'gb40050', '/')).toBe(false);
    expect(goesOn(matcher, 'china', "'")).toBe(true);
    expect(codeOf(matcher, space)).toBe(CODE_SPACE);
  });

  it('lets a word that is a whole key through whatever follows it', () => {
    expect(endsKey(matcher, 'cac')).toBe(true);
    expect(endsKey(matcher, 'cybersecurity')).toBe(false);
  });

  it('opens every word that begins like a key that may end inside a word', () => {
    // A Chinese name written in Latin letters has no end boundary: "AB" is found in "ABx".
    const open = buildMatcher({ entries: [{ id: 'x:1', name: 'AB', kind: 'zh' }, { id: 'x:2', name: 'Cd Law', kind: 'title' }] });
    expect(open.openStarts[codeOf(open, 'a')]).toBe(1);
    expect(open.openStarts[codeOf(open, 'c')]).toBe(0);
    expect(findMentions(open, 'ABx and abyss').map((m) => m.matched)).toEqual(['AB', 'ab']);
  });

  it('does not change what is found next to skipped words', () => {
    const text =
      'Thecybersecurity law is not the Cybersecurity Law; the CAC and CACs differ, as does GB 40050-2021. ' +
      'Cyber\u00adsecurity\u200b  \n Law, GB\u00a0\u00ad40050-2021 and China’s Cybersecurity Law are found; gb40050/2021 is not.';
    expect(findMentions(matcher, text).map((m) => m.matched)).toEqual([
      'Cybersecurity Law',
      'CAC',
      'GB 40050-2021',
      'Cyber\u00adsecurity\u200b  \n Law',
      'GB\u00a0\u00ad40050-2021',
      'China’s Cybersecurity Law',
    ]);
  });

  it('skips a word that runs across the scanner\'s chunks (4,096 characters) without starting a key inside it', () => {
    for (let offset = 4080; offset <= 4100; offset++) {
      const text = `${' '.repeat(offset)}zzzzzzCAC and Cybersecurity Law`;
      expect(findMentions(matcher, text).map((m) => [m.start, m.matched])).toEqual([[offset + 14, 'Cybersecurity Law']]);
    }
  });
});
