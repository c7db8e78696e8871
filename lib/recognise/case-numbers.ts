/**
 * Chinese court case numbers (案号) in both forms — （2023）京0491民初11279号 and "(2023) Jing 0491
 * Min Chu No. 11279" — found, parsed into year, court code and case type (lib/knowledge/
 * case-numbers.ts, sourced) and keyed so that either form finds a case of the graph by its number.
 */
import { CASE_TYPE_CODES, COURT_CODES, PROVINCE_CODES } from '../knowledge/case-numbers';

export interface CaseNumber {
  year: number;
  /** The court code in Chinese where it is known (京0491, 最高法), else as written. */
  court: string;
  /** The case type code in Chinese where it is known (民初), else as written. */
  type: string;
  serial: number;
}

export interface FoundCaseNumber {
  start: number;
  end: number;
  matched: string;
  parsed: CaseNumber;
}

const TYPE_BY_PINYIN = new Map(CASE_TYPE_CODES.map((row) => [foldPinyin(row.pinyin), row]));
const TYPE_BY_ZH = new Map(CASE_TYPE_CODES.map((row) => [row.zh, row]));
const PROVINCE_BY_PINYIN = new Map(PROVINCE_CODES.map((row) => [foldPinyin(row.pinyin), row]));
const PROVINCE_BY_ZH = new Map(PROVINCE_CODES.map((row) => [row.zh, row]));
const COURT_BY_CODE = new Map(COURT_CODES.map((row) => [row.code, row]));
const COURT_BY_PINYIN = new Map(COURT_CODES.map((row) => [foldPinyin(row.pinyin), row]));
/** Type codes, longest first, so 知民终 is read before 民终. */
const ZH_TYPES = [...TYPE_BY_ZH.keys()].sort((a, b) => b.length - a.length);

function foldPinyin(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/g, '');
}

const ZH_NUMBER = /[（(]\s*((?:19|20)\d\d)\s*[）)]\s*([\u4e00-\u9fff]{1,8}?)\s*(\d{0,4})\s*([\u4e00-\u9fff]{1,6})\s*第?\s*(\d{1,6})\s*号/g;
/**
 * "No." before the serial is often left out in English ("(2023) Jing 73 Min Zhong 3802"); the type
 * words must still be a known case type and the court a known court, so a bare number is safe.
 */
const EN_NUMBER = /\(\s*((?:19|20)\d\d)\s*\)\s*((?:[A-Z][a-z]{0,5}\s+){1,3}?)(\d{1,4}\s+)?((?:[A-Z][a-z]{1,5}\s+){1,3}?)(?:No\.?\s*)?(\d{1,6})\b/g;

/** Splits 最高法知民终 into court 最高法 and type 知民终 by the known type codes. */
function splitZhTail(han: string): [string, string] | undefined {
  for (const type of ZH_TYPES) if (han.endsWith(type) && han.length > type.length) return [han.slice(0, -type.length), type];
  return undefined;
}

function parseZh(match: RegExpExecArray): CaseNumber | undefined {
  const [, year, courtHan = '', digits = '', typeHan = '', serial] = match;
  let court = courtHan + digits;
  let type = typeHan;
  if (!digits) {
    const split = splitZhTail(courtHan + typeHan);
    if (!split) return undefined;
    [court, type] = split;
  }
  if (!TYPE_BY_ZH.has(type)) return undefined;
  if (digits && !PROVINCE_BY_ZH.has(courtHan)) return undefined;
  return { year: Number(year), court, type, serial: Number(serial) };
}

function parseEn(match: RegExpExecArray): CaseNumber | undefined {
  const [, year, courtWords = '', digits = '', typeWords = '', serial] = match;
  const type = TYPE_BY_PINYIN.get(foldPinyin(typeWords));
  if (!type) return undefined;
  const courtKey = foldPinyin(courtWords);
  const number = digits.trim();
  let court: string | undefined;
  if (number) {
    const province = PROVINCE_BY_PINYIN.get(courtKey);
    court = province ? province.zh + number : undefined;
  } else {
    court = COURT_BY_PINYIN.get(courtKey)?.code;
  }
  if (!court) return undefined;
  return { year: Number(year), court, type: type.zh, serial: Number(serial) };
}

/** Every case number opens with its year in brackets: the full patterns run only where one is. */
const YEAR_AT = /[（(]\s*(?:19|20)\d\d\s*[）)]/y;

/**
 * Where the next "(2023)" or "（2023）" begins at or after `from`, or -1; YEAR_AT.lastIndex is then
 * its end. The same as a global search for the pattern, but the brackets are found by indexOf,
 * several times faster than the pattern's own search on a long page with few brackets.
 */
function nextYearInBrackets(text: string, from: number): number {
  let ascii = text.indexOf('(', from);
  let wide = text.indexOf('（', from);
  while (ascii >= 0 || wide >= 0) {
    const at = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    YEAR_AT.lastIndex = at;
    if (YEAR_AT.test(text)) return at;
    if (at === ascii) ascii = text.indexOf('(', at + 1);
    else wide = text.indexOf('（', at + 1);
  }
  return -1;
}

export function findCaseNumbers(text: string): FoundCaseNumber[] {
  const found: FoundCaseNumber[] = [];
  for (let at = nextYearInBrackets(text, 0); at >= 0; ) {
    const yearEnd = YEAR_AT.lastIndex;
    const stretch = text.slice(at, at + 80);
    for (const number of findIn(stretch)) if (number.start === 0) found.push({ ...number, start: at, end: at + number.end });
    at = nextYearInBrackets(text, yearEnd);
  }
  return found;
}

function findIn(text: string): FoundCaseNumber[] {
  const found: FoundCaseNumber[] = [];
  for (const [pattern, parse] of [
    [ZH_NUMBER, parseZh],
    [EN_NUMBER, parseEn],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const parsed = parse(match);
      if (!parsed) continue;
      const matched = match[0].trimEnd();
      found.push({ start: match.index, end: match.index + matched.length, matched, parsed });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** One key for both forms of a number: "2023|京0491|民初|11279". */
export function caseNumberKey(number: CaseNumber): string {
  return `${number.year}|${number.court}|${number.type}|${number.serial}`;
}

/** Reads a case number written in either form, as the whole of `text`. */
export function parseCaseNumber(text: string): CaseNumber | undefined {
  const [first] = findCaseNumbers(text.trim());
  return first && first.start === 0 ? first.parsed : undefined;
}

/** What a number says, in one line: "Civil case of first instance accepted in 2023 by Beijing Internet Court (京0491); no. 11279." */
export function describeCaseNumber(number: CaseNumber): string {
  const type = TYPE_BY_ZH.get(number.type);
  const court = COURT_BY_CODE.get(number.court);
  const province = PROVINCE_BY_ZH.get(number.court.replace(/\d+$/, ''));
  const kind = type ? `${type.meaning.charAt(0).toUpperCase()}${type.meaning.slice(1)}` : `Case of type ${number.type}`;
  const by = court ? `${court.court} (${number.court})` : province ? `a court in ${province.name} (court code ${number.court})` : `the court coded ${number.court}`;
  return `${kind} accepted in ${number.year} by ${by}; serial no. ${number.serial}.`;
}

/** A stable id for a number the graph does not have, so it can be highlighted and explained. */
export function caseNumberId(number: CaseNumber): string {
  const code = (text: string) =>
    [...text].map((char) => (/[a-z0-9]/i.test(char) ? char.toLowerCase() : char.charCodeAt(0).toString(16))).join('');
  return `case:number-${number.year}-${code(number.court)}-${code(number.type)}-${number.serial}`;
}

export const UNKNOWN_CASE_PREFIX = 'case:number-';
