/**
 * The scanner's one lookup per character: a Uint16Array over the whole BMP that maps a raw code
 * unit straight to its alphabet code, folding included ("A", "a" and "Ａ" share a code; every
 * whitespace character gets CODE_SPACE; a letter in no key gets noneWordCode). Built at load from
 * the alphabet in well under a millisecond: only the alphabet's own characters, the few ranges
 * foldChar touches and the word-character ranges are set.
 */
import { CODE_NONE, FIRST_CODE, foldsToCode, type AlphabetCodes } from './alphabet';
import { FOLD_SOURCE_RANGES, LOWER_TABLE_END, SPECIAL_BELOW_LOWER_END, getLowerTable } from './fold-char';
import { WORD_CHAR_RANGES } from './word-char';

const BMP_SIZE = 0x10000;

/**
 * `variantChars`: pairs "TSTS…"; a character T that no key uses reads as S, one unit for one, so
 * offsets stay those of the text (a traditional-script page's 網絡安全法 is the 网络安全法).
 */
export function buildCodeTable(alphabet: string, codes: AlphabetCodes, variantChars = ''): Uint16Array {
  const table = new Uint16Array(BMP_SIZE);
  // Word characters first, as "in no key" (one native fill per range); folding and the alphabet
  // overwrite some. Word characters fold to word characters, so none is left at CODE_NONE.
  for (const [from, to] of WORD_CHAR_RANGES) table.fill(codes.noneWordCode, from, to + 1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = FIRST_CODE + i;
  // Alphabet characters are already folded, hence fixed points of foldChar, so reading their
  // codes back while overwriting the ranges below is safe. The first range, most of the work,
  // is lower-casing apart from a few characters: one table read per character there instead of
  // a chain of calls, which took about a millisecond in a fresh page.
  const lower = getLowerTable();
  for (let c = 0; c < LOWER_TABLE_END; c++) table[c] = table[lower[c]!]!;
  for (const c of SPECIAL_BELOW_LOWER_END) table[c] = foldsToCode(c, table);
  for (const [from, to] of FOLD_SOURCE_RANGES) {
    for (let c = Math.max(from, LOWER_TABLE_END); c <= to; c++) table[c] = foldsToCode(c, table);
  }
  for (let i = 0; i + 1 < variantChars.length; i += 2) {
    const variant = variantChars.charCodeAt(i);
    const own = table[variant]!;
    if (own === codes.noneWordCode || own === CODE_NONE) table[variant] = table[variantChars.charCodeAt(i + 1)]!;
  }
  return table;
}
