/**
 * The scanner's one lookup per character: a Uint16Array over the whole BMP that maps a raw code
 * unit straight to its alphabet code, folding included ("A", "a" and "Ａ" share a code; every
 * whitespace character gets CODE_SPACE; a letter in no key gets noneWordCode). Built at load from
 * the alphabet in well under a millisecond: only the alphabet's own characters, the few ranges
 * foldChar touches and the word-character ranges are set.
 */
import { CODE_NONE, FIRST_CODE, foldsToCode, type AlphabetCodes } from './alphabet';
import { FOLD_SOURCE_RANGES } from './fold-char';
import { WORD_CHAR_RANGES } from './word-char';

const BMP_SIZE = 0x10000;

export function buildCodeTable(alphabet: string, codes: AlphabetCodes): Uint16Array {
  const table = new Uint16Array(BMP_SIZE);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = FIRST_CODE + i;
  // Alphabet characters are already folded, hence fixed points of foldChar, so reading their
  // codes back while overwriting the ranges below is safe.
  for (const [from, to] of FOLD_SOURCE_RANGES) {
    for (let c = from; c <= to; c++) table[c] = foldsToCode(c, table);
  }
  for (const [from, to] of WORD_CHAR_RANGES) {
    for (let c = from; c <= to; c++) if (table[c] === CODE_NONE) table[c] = codes.noneWordCode;
  }
  return table;
}
