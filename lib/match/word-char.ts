/**
 * What counts as part of a word for the boundary rule: Latin letters and digits only. CJK
 * characters are not word characters, so "Cybersecurity Law第" still matches; underscores are
 * not letters either. The set is closed under foldChar (a word character folds to a word
 * character), which the scanner's code table relies on.
 */
export function isWordChar(c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  }
  if (c >= 0xc0 && c <= 0x2af) return c !== 0xd7 && c !== 0xf7; // Latin-1 to IPA (lower case of Ɓ is ɓ)
  if (c >= 0x1e00 && c <= 0x1eff) return true; // Latin Extended Additional (Vietnamese etc.)
  if (c >= 0x2c60 && c <= 0x2c7f) return true; // Latin Extended-C: lower case of Ⱥ, Ⱦ, …
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** Inclusive ranges of isWordChar, for building lookup tables. */
export const WORD_CHAR_RANGES: readonly (readonly [number, number])[] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2af],
  [0x1e00, 0x1eff],
  [0x2c60, 0x2c7f],
  [0xff10, 0xff19],
  [0xff21, 0xff3a],
  [0xff41, 0xff5a],
];
