/**
 * The automaton's alphabet: each folded character that occurs in some key gets a small code, so
 * transitions can live in flat arrays. Codes 0–2 are the same for every dictionary. Then come
 * the alphabet's non-word characters, then its word characters (Latin letters and digits), then
 * one code for word characters outside the alphabet; so "is a word character" is a single
 * comparison, code >= firstWordCode, in the scan loop.
 */
import { IGNORABLE, SPACE, foldChar } from './fold-char';
import { isWordChar } from './word-char';

/** Not in any key and not a word character: no match can run through it. */
export const CODE_NONE = 0;
/** Soft hyphen and zero-width marks: skipped without effect. */
export const CODE_IGNORABLE = 1;
/** Any whitespace; a run of it is consumed as one. */
export const CODE_SPACE = 2;
/** Code of the first character of the alphabet string. */
export const FIRST_CODE = 3;

export interface AlphabetCodes {
  /** Codes at or above this one are word characters. */
  readonly firstWordCode: number;
  /** Word characters that occur in no key; highest code, with no transitions anywhere. */
  readonly noneWordCode: number;
}

/**
 * Non-word characters first, then word characters; within each group by descending frequency,
 * so common characters get small codes.
 */
export function buildAlphabet(keys: readonly string[]): string {
  const counts = new Map<number, number>();
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c !== SPACE) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  const rank = (c: number): number => (isWordChar(c) ? 1 : 0);
  const chars = [...counts.entries()]
    .sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || a[0] - b[0])
    .map(([c]) => c);
  let out = '';
  for (let i = 0; i < chars.length; i += 4096) out += String.fromCharCode(...chars.slice(i, i + 4096));
  return out;
}

/** Throws unless the alphabet lists all its non-word characters before its word characters. */
export function describeAlphabet(alphabet: string): AlphabetCodes {
  let firstWord = alphabet.length;
  for (let i = 0; i < alphabet.length; i++) {
    const word = isWordChar(alphabet.charCodeAt(i));
    if (word && firstWord === alphabet.length) firstWord = i;
    if (!word && firstWord < alphabet.length) throw new Error('Alphabet is not ordered non-word first');
  }
  return { firstWordCode: FIRST_CODE + firstWord, noneWordCode: FIRST_CODE + alphabet.length };
}

/** Code of raw character c, given a table that already holds the alphabet's own characters. */
export function foldsToCode(c: number, table: Uint16Array): number {
  const f = foldChar(c);
  if (f === SPACE) return CODE_SPACE;
  if (f === IGNORABLE) return CODE_IGNORABLE;
  return table[f]!;
}
