/**
 * Whether text[start, end) reads exactly `expected` once quotes, dashes, whitespace runs and
 * ignorable marks are normalised but letter case is kept. Compares as it goes, without building
 * the normalised slice, since it runs for every case-insensitive hit of an abbreviation.
 */
import { IGNORABLE, SPACE, normalizeChar } from './fold-char';

export function matchesExact(text: string, start: number, end: number, expected: string): boolean {
  let k = 0;
  let afterSpace = false;
  for (let i = start; i < end; i++) {
    const c = normalizeChar(text.charCodeAt(i));
    if (c === IGNORABLE) continue;
    if (c === SPACE) {
      if (afterSpace) continue;
      afterSpace = true;
    } else {
      afterSpace = false;
    }
    if (k >= expected.length || expected.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === expected.length;
}
