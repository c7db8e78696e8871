/**
 * How text becomes search terms. The index and the query go through the same functions,
 * so "People’s", "peoples" and "PEOPLE'S" meet as one term, "TC260" stays one term, and
 * Chinese text (which has no spaces) is cut into overlapping two-character terms.
 */

/** Han, kana and hangul: scripts written without spaces between words. */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;
export const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+/gu;
/** Letters and digits, with an apostrophe allowed inside ("people’s"). */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * Words too common in regulation titles to tell entries apart ("Measures for the
 * Administration of ..."). Leaving them out keeps the index small and stops them from
 * matching half the graph; they still count for exact-title lookup (see compactKey).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'its', 'of', 'on', 'or', 'the', 'to', 'with',
]);

/** Lower case, compatibility forms folded (full-width "ＧＢ" → "gb"), accents removed. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** One word as a term: folded, possessive "’s" dropped, inner apostrophes removed. */
export function foldWord(word: string): string {
  return foldText(word).replace(/['’ʼ]s$/u, '').replace(/['’ʼ]/gu, '');
}

export function isCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

export function hasDigit(term: string): boolean {
  return /\p{N}/u.test(term);
}

/** Overlapping two-character terms of a CJK run; a single character stands for itself. */
export function cjkBigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

/**
 * The words of a text in order, as terms, stop words included. CJK runs become bigrams.
 * Most titles are plain ASCII once typographic apostrophes and dashes are made plain, and
 * for those a simple pattern does the same work several times faster than the Unicode one
 * (it runs for every result a query re-ranks).
 */
export function splitTerms(text: string): string[] {
  const ascii = asciiLower(text);
  return ascii === undefined ? splitTermsUnicode(text) : splitTermsAscii(ascii);
}

/** Exported for tests: the general path, for any script. */
export function splitTermsUnicode(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldWord(match[0]);
    let last = 0;
    for (const run of word.matchAll(CJK_RUN)) {
      const index = run.index;
      if (index > last) terms.push(word.slice(last, index));
      terms.push(...cjkBigrams(run[0]));
      last = index + run[0].length;
    }
    if (last < word.length) terms.push(word.slice(last));
  }
  return terms;
}

function splitTermsAscii(lower: string): string[] {
  const terms: string[] = [];
  for (const match of lower.matchAll(ASCII_WORD)) {
    const word = match[0];
    terms.push(word.includes("'") ? word.replace(/'s$/, '').replace(/'/g, '') : word);
  }
  return terms;
}

/** Typographic quotes, apostrophes and dashes: the only non-ASCII most English titles have. */
const TYPOGRAPHIC = /[\u2010-\u2015\u2018\u2019\u201c\u201d]/g;
const PLAIN: Record<string, string> = { '\u2019': "'", '\u2018': ' ', '\u201c': ' ', '\u201d': ' ' };
const NON_ASCII = /[\u0080-\uffff]/;
const ASCII_WORD = /[a-z0-9]+(?:'[a-z0-9]+)*/g;

/**
 * The text in lower case with a plain apostrophe for ’, and plain separators for dashes and
 * other quotes (as the general path treats them), if that leaves it ASCII.
 */
function asciiLower(text: string): string | undefined {
  const plain = text.replace(TYPOGRAPHIC, (char) => PLAIN[char] ?? '-');
  return NON_ASCII.test(plain) ? undefined : plain.toLowerCase();
}

/** The terms a text is indexed under: its words without stop words. */
export function textTerms(text: string): string[] {
  return splitTerms(text).filter((term) => !STOP_WORDS.has(term));
}

/**
 * Extra terms for a code or abbreviation, so that each way people write it finds it:
 * "GB/T 35273-2020" → gbt352732020, gbt35273, gb35273; "TC260" → tc260, tc, 260.
 */
export function codeTerms(code: string): string[] {
  const terms = new Set(textTerms(code));
  const compact = compactKey(code);
  if (compact) terms.add(compact);
  const withoutYear = compactKey(codeWithoutYear(code));
  if (withoutYear && withoutYear !== compact) terms.add(withoutYear);
  // "GB/T" and "GB/Z" are recommended/guidance variants of "GB"; people often drop the suffix.
  for (const term of [...terms]) {
    const bare = /^gb[tz](\d.*)$/u.exec(term);
    if (bare) terms.add(`gb${bare[1]}`);
  }
  // Letters and digits written together ("TC260", "GB40050") also answer to being written apart.
  for (const term of [...terms]) {
    if (/^\p{L}+\p{N}+$/u.test(term)) for (const part of term.split(/(?<=\p{L})(?=\p{N})/u)) terms.add(part);
  }
  return [...terms];
}

/** "GB 40050-2021" → "GB 40050": people often cite a standard without its year. */
export function codeWithoutYear(code: string): string {
  return code.replace(/\s*[-–—]\s*(19|20)\d{2}\s*$/u, '');
}

/**
 * A whole name reduced to its letters and digits, for exact lookup: "GB 40050-2021",
 * "gb40050 2021" and "GB40050-2021" all become "gb400502021".
 */
export function compactKey(text: string): string {
  const ascii = asciiLower(text);
  if (ascii !== undefined) return ascii.replace(/'s(?![a-z0-9])/g, '').replace(/[^a-z0-9]+/g, '');
  return compactKeyUnicode(text);
}

/** Exported for tests: the general path, for any script. */
export function compactKeyUnicode(text: string): string {
  return foldText(text).replace(/['’ʼ]s(?![\p{L}\p{N}])/gu, '').replace(NOT_ALNUM, '');
}
