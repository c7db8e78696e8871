/**
 * Document numbers written in pinyin, as English pages cite Chinese ones: "Gong Xin Bu Xin Guan
 * [2023] No. 105" for 工信部信管〔2023〕105号, "Guo Shi Jian Chu [2021] No. 28", "Guobanfa (2021) 24".
 * The key is the prefix's syllables run together, lower case, then the year and the number, so
 * spacing and capitals do not count. Only numbers the graph's names carry are read.
 */
import type { Span } from './taken-spans';

export interface PinyinNumberMention extends Span {
  id: string;
  matched: string;
}

/** A document number in Chinese as the graph writes it: prefix, year in 〔〕 (or [] / ()), number, 号. */
const ZH_NUMBER = /^([\u4e00-\u9fff]{2,10})[〔[［(（]((?:19|20)\d\d)[〕\]］)）]第?(\d{1,4})号$/;

/** Key of a number: the prefix's pinyin without spaces or hyphens, the year, the number. */
export function pinyinNumberKey(prefix: string, year: string, number: string): string {
  // ü is written u or v (Wen Lv Shi Chang Fa); v is no other pinyin letter.
  return `${prefix.toLowerCase().replace(/[\s-]/g, '').replace(/[üv]/g, 'u')}|${year}|${Number(number)}`;
}

/** The keys of the graph's Chinese document numbers, with `pinyinOf` (toneless syllables) for their prefixes. */
export function buildPinyinNumbers(entries: ReadonlyArray<{ id: string; names: readonly string[] }>, pinyinOf: (han: string) => string): Record<string, string> {
  const keys: Record<string, string> = {};
  const ambiguous = new Set<string>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const parts = ZH_NUMBER.exec(name);
      if (!parts) continue;
      const key = pinyinNumberKey(pinyinOf(parts[1]!), parts[2]!, parts[3]!);
      if (keys[key] !== undefined && keys[key] !== entry.id) ambiguous.add(key);
      keys[key] ??= entry.id;
    }
  }
  // Two documents whose numbers read alike in pinyin (a homophone prefix) are neither's.
  for (const key of ambiguous) delete keys[key];
  return keys;
}

/**
 * Capitalised syllables (one to ten, run together or apart), a year in brackets, "No." and a number.
 * The run may begin with words that are not the prefix ("MIIT Gong Xin Bu …"): its tails are tried.
 */
// Each word begins after a space or hyphen, or with a capital: one way only to split a run, so the
// expression never backtracks through the ways of cutting a long title-case line into words.
const EN_PINYIN_NUMBER = /\b([A-Z][a-z]{0,19}(?:[ -][A-Za-z][a-z]{0,19}|[A-Z][a-z]{0,19}){0,9})\s*[[(（〔]\s*((?:19|20)\d\d)\s*[\])）〕]\s*(?:No\.?\s*)?(\d{1,4})(?!\d)/g;

/** A year in brackets, which every pinyin number has: most text has none, and is not read further. */
const BRACKETED_YEAR = /^\s*(?:19|20)\d\d\s*[\])）〕]/;

/** Whether a bracket in `text` opens on a year: found bracket by bracket, faster than a pattern over the whole text. */
function hasBracketedYear(text: string): boolean {
  for (const open of ['[', '(', '（', '〔']) {
    for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
      if (BRACKETED_YEAR.test(text.slice(at + 1, at + 10))) return true;
    }
  }
  return false;
}

/** Pinyin document numbers in `text` that the graph knows, in text order. */
export function findPinyinNumbers(text: string, keys: Record<string, string>): PinyinNumberMention[] {
  const found: PinyinNumberMention[] = [];
  if (!hasBracketedYear(text)) return found;
  EN_PINYIN_NUMBER.lastIndex = 0;
  for (let match = EN_PINYIN_NUMBER.exec(text); match; match = EN_PINYIN_NUMBER.exec(text)) {
    const words = match[1]!.split(/(?=[- ])|(?<=[a-z])(?=[A-Z])/);
    for (let first = 0; first < words.length; first++) {
      const prefix = words.slice(first).join('').replace(/^[ -]/, '');
      const id = keys[pinyinNumberKey(prefix, match[2]!, match[3]!)];
      if (id === undefined) continue;
      const start = match.index + match[1]!.length - prefix.length;
      const end = match.index + match[0].length;
      found.push({ start, end, id, matched: text.slice(start, end) });
      break;
    }
  }
  return found;
}
