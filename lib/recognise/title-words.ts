/**
 * The words of a title read one at a time outward from a place in the text, as the sentence-case
 * reader needs them (sentence-case-titles.ts): letters, digits, hyphens and apostrophes inside a
 * word, and between two words of one title only spaces or a dash with spaces.
 */
export interface Word {
  start: number;
  end: number;
  lower: string;
  capital: boolean;
}

function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  return (first >= 0x41 && first <= 0x5a) || (first > 0x7f && /^\p{Lu}/u.test(word));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Letters, digits, hyphens and apostrophes: ASCII is decided without a regular expression, as most text is. */
export function isWordChar(code: number, char: string): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2d;
  return code === 0x2019 || LETTER_OR_DIGIT.test(char);
}

/** Word characters that are not a word's first or last: hyphens and apostrophes. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2d || code === 0x2019;
}

/** The word at `start`–`end`, lower-cased with straight apostrophes, and whether it is capitalised. */
export function wordOf(text: string, start: number, end: number): Word {
  const raw = text.slice(start, end);
  const lower = raw.toLowerCase();
  return { start, end, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, capital: isCapitalised(raw) };
}

/** Where the gap between two words ends or starts, reading from `from` by `step`: spaces, or a dash with spaces; -1 for anything else. */
function acrossGap(text: string, from: number, step: 1 | -1): number {
  let i = from;
  let spaces = 0;
  let dashes = 0;
  for (; i >= 0 && i < text.length; i += step) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0xa0) spaces++;
    else if ((code === 0x2d || code === 0x2013) && dashes === 0 && spaces > 0) dashes++;
    else break;
  }
  return spaces > 0 && (dashes === 0 || text.charCodeAt(i - step) !== 0x2d || spaces > 1) ? i : -1;
}

/** The word that ends before `edge`, across a gap a title's words may have. */
export function wordBeforeGap(text: string, edge: number): Word | undefined {
  let end = acrossGap(text, edge - 1, -1) + 1;
  if (end <= 0) return undefined;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1), text.charAt(start - 1))) start--;
  while (end > start && isJoiner(text.charCodeAt(end - 1))) end--;
  while (start < end && isJoiner(text.charCodeAt(start))) start++;
  return start < end ? wordOf(text, start, end) : undefined;
}

/** The word that starts after `edge`, across a gap a title's words may have. */
export function wordAfterGap(text: string, edge: number): Word | undefined {
  const start = acrossGap(text, edge, 1);
  if (start < 0 || start >= text.length) return undefined;
  let end = start;
  while (end < text.length && isWordChar(text.charCodeAt(end), text.charAt(end))) end++;
  while (end > start && isJoiner(text.charCodeAt(end - 1))) end--;
  return end > start && !isJoiner(text.charCodeAt(start)) ? wordOf(text, start, end) : undefined;
}

