/**
 * The word right before a name, read backwards without a regular expression: a cheap test before
 * the patterns that look at what precedes a name ("Interim …", "… Commission of the …"), which
 * run on every mention of a page and are needed at only a few.
 */
import { isWhiteSpace } from '../page/white-space';

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The ASCII letters right before the white space that ends at `at`, and where they start;
 * undefined when no white space ends at `at`.
 */
export function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
  let end = at;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === at) return undefined;
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return { word: text.slice(start, end), start };
}

/**
 * The word a "… of " or "… of the " ending has before its "the", if any: the word before `at`,
 * or the one before that when it is "the". Lower-cased with `anyCase` (for case-insensitive patterns).
 */
export function linkWordBefore(text: string, at: number, anyCase = false): string | undefined {
  const last = wordBefore(text, at);
  if (!last) return undefined;
  const word = anyCase ? last.word.toLowerCase() : last.word;
  if (word !== 'the') return word;
  const before = wordBefore(text, last.start);
  if (!before) return undefined;
  return anyCase ? before.word.toLowerCase() : before.word;
}
