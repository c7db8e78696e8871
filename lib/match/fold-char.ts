/**
 * Character folding shared by compile time (names) and run time (the scanner's code table), so a
 * name and a text fold identically. Folding is per UTF-16 code unit and maps one unit to one unit,
 * which keeps offsets recoverable; runs of whitespace are collapsed by the callers, not here.
 */

export const SPACE = 0x20;
/** Returned for characters that carry no meaning inside a name (soft hyphen, zero-width marks). */
export const IGNORABLE = -1;

const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const QUOTE = 0x22;
const MIDDLE_DOT = 0xb7;

/**
 * Every code unit that foldChar changes lies in one of these inclusive ranges; outside them
 * foldChar is the identity. The scanner's code table relies on this to stay cheap to build.
 */
export const FOLD_SOURCE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x052f], // Latin, IPA, Greek, Cyrillic: case and the odd space or soft hyphen
  [0x1680, 0x1680],
  [0x2000, 0x206f], // general punctuation: spaces, dashes, curly quotes, zero-width marks
  [0x2212, 0x2212],
  [0x2e3a, 0x2e3b],
  [0x3000, 0x3000],
  [0x300c, 0x300f], // corner brackets 「」『』, Hong Kong's and Taiwan's quotation marks (「十四五」 for “十四五”)
  [0x30fb, 0x30fb], // katakana middle dot, written for · in Chinese titles (清朗・…)
  [0xfe58, 0xfe58],
  [0xfe63, 0xfe63],
  [0xfeff, 0xfeff],
  [0xff01, 0xff5e], // full-width ASCII, common in Chinese text ("ＧＢ／Ｔ", "（试行）")
  [0xff65, 0xff65], // half-width katakana middle dot
];

/** foldChar lower-cases the characters below this one (Latin, Greek, Cyrillic) through a table. */
export const LOWER_TABLE_END = 0x530;

/**
 * Below LOWER_TABLE_END, the only characters that foldChar does not simply lower-case: whitespace
 * (which folds to SPACE) and the soft hyphen (IGNORABLE). The scanner's code table relies on this
 * list (code-table.ts), and its exhaustive test checks it against foldChar.
 */
export const SPECIAL_BELOW_LOWER_END: readonly number[] = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0xad];
let lowerTable: Uint16Array | undefined;

/** U+0130 İ, the one character below LOWER_TABLE_END that lower-cases to two units ("i̇"). */
const CAPITAL_I_WITH_DOT = 0x130;

/**
 * Lower-cases the characters from..to-1 of `table` (which holds each character's own code) in
 * place, with as few native toLowerCase calls as possible: the whole run at once, split in halves
 * only where some character lower-cases to two units, which then keeps its own code so that
 * folding stays one unit to one. U+0130, known to do so, is left out of the first attempt.
 */
function lowerRange(table: Uint16Array, from: number, to: number): void {
  const run = table.slice(from, to);
  const skipped = run.indexOf(CAPITAL_I_WITH_DOT);
  if (skipped >= 0) run[skipped] = 0x20;
  // apply, not spread: spreading a typed array goes through its iterator, slow in cold code.
  const lower = String.fromCharCode.apply(null, run as unknown as number[]).toLowerCase();
  if (lower.length === to - from) {
    for (let c = from; c < to; c++) table[c] = lower.charCodeAt(c - from);
    if (skipped >= 0) table[from + skipped] = CAPITAL_I_WITH_DOT;
  } else if (to - from > 1) {
    const middle = (from + to) >> 1;
    lowerRange(table, from, middle);
    lowerRange(table, middle, to);
  }
  // A single character that lower-cases to two units is left as it is: its own code.
}

/**
 * Lower case of each character below LOWER_TABLE_END. Built on first use; a content script
 * builds it cold on every page, hence few native calls.
 */
export function getLowerTable(): Uint16Array {
  if (lowerTable) return lowerTable;
  const table = new Uint16Array(LOWER_TABLE_END);
  for (let c = 0; c < LOWER_TABLE_END; c++) table[c] = c;
  lowerRange(table, 0, LOWER_TABLE_END);
  lowerTable = table;
  return table;
}

function normalizeGeneralPunctuation(c: number): number {
  if (c <= 0x200a) return SPACE;
  if (c <= 0x200d) return IGNORABLE;
  if (c >= 0x2010 && c <= 0x2015) return HYPHEN;
  if (c >= 0x2018 && c <= 0x201b) return APOSTROPHE;
  if (c >= 0x201c && c <= 0x201f) return QUOTE;
  switch (c) {
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
      return SPACE;
    case 0x2032:
      return APOSTROPHE;
    case 0x2033:
      return QUOTE;
    case 0x2043:
      return HYPHEN;
    case 0x2060:
      return IGNORABLE;
    default:
      return c;
  }
}

/**
 * Folds quotes, dashes, whitespace and full-width ASCII but keeps letter case. Used to verify the
 * exact case of abbreviations, which must still ignore curly quotes and the like.
 */
export function normalizeChar(c: number): number {
  if (c < 0x80) return c === 0x09 || (c >= 0x0a && c <= 0x0d) ? SPACE : c;
  if (c < LOWER_TABLE_END) {
    if (c === 0x85 || c === 0xa0) return SPACE;
    return c === 0xad ? IGNORABLE : c;
  }
  if (c >= 0x2000 && c <= 0x206f) return normalizeGeneralPunctuation(c);
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  switch (c) {
    case 0x1680:
    case 0x3000:
      return SPACE;
    case 0x2212:
    case 0x2e3a:
    case 0x2e3b:
    case 0xfe58:
    case 0xfe63:
      return HYPHEN;
    case 0xfeff:
      return IGNORABLE;
    case 0x30fb:
    case 0xff65:
      return MIDDLE_DOT;
    // 「」『』 quote as “” do in Hong Kong and Taiwan: 關於「人工智能＋交通運輸」的實施意見.
    case 0x300c:
    case 0x300d:
    case 0x300e:
    case 0x300f:
      return QUOTE;
    default:
      return c;
  }
}

/** normalizeChar plus lower case: the alphabet the automaton runs on. Idempotent. */
export function foldChar(c: number): number {
  const n = normalizeChar(c);
  if (n < 0x41) return n;
  if (n <= 0x5a) return n + 0x20;
  return n < LOWER_TABLE_END ? getLowerTable()[n]! : n;
}
