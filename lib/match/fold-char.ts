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
  [0xfe58, 0xfe58],
  [0xfe63, 0xfe63],
  [0xfeff, 0xfeff],
  [0xff01, 0xff5e], // full-width ASCII, common in Chinese text ("ＧＢ／Ｔ", "（试行）")
];

const LOWER_TABLE_END = 0x530;
let lowerTable: Uint16Array | undefined;

/** Built on first use: about 1,300 toLowerCase calls, well under a millisecond. */
function getLowerTable(): Uint16Array {
  if (lowerTable) return lowerTable;
  const table = new Uint16Array(LOWER_TABLE_END);
  for (let c = 0; c < LOWER_TABLE_END; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    // Some capitals lower-case to two units (U+0130 İ); keeping them unchanged keeps folding 1:1.
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
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
