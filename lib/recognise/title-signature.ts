/**
 * What stays of a title when translation choices are taken out: its type noun's class and the set
 * of its content words, folded through the synonym classes (lib/knowledge/translation-synonyms.ts),
 * singular, American spelling, in no order; plus whether it is a draft. Two renderings of one
 * Chinese title ("Security Assessment Measures for Cross-Border Data Transfer", "Measures for
 * Security Assessment of Outbound Data Transfers") have the same signature.
 */
import { foldName } from '../parse/normalize';
import { PHRASE_SYNONYMS, TITLE_STOPWORDS, TYPE_NOUNS, WORD_SYNONYMS } from '../knowledge/translation-synonyms';

export interface TitleSignature {
  /** The type noun's class (its first spelling), e.g. "measures". */
  type: string;
  /** Content words, folded, sorted, without duplicates. */
  words: string[];
  draft: boolean;
  /**
   * Marked as interim or trial (暂行, 试行: "Interim", "(Trial)", "(for Trial Implementation)").
   * Pages often leave the marker out, but one that adds it where the entry has none names
   * another instrument ("Interim Measures for the Administration of Online Games", 2010, is not
   * the 2023 "Measures for the Administration of Online Games").
   */
  provisional: boolean;
}

const WORD_CLASS = new Map<string, string>();
for (const members of WORD_SYNONYMS) for (const member of members) WORD_CLASS.set(member, members[0]!);
const TYPE_CLASS = new Map<string, string>();
for (const members of TYPE_NOUNS) for (const member of members) TYPE_CLASS.set(member, members[0]!);
const STOPWORDS = new Set(TITLE_STOPWORDS);

/** Whether a word (lower case) carries no meaning of its own in a title ("the", "of", "administration" …). */
export function isTitleStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** A title's trial or interim marker (暂行, 试行). */
export const PROVISIONAL = /\b(?:interim|provisional|tentative|trial)\b/i;
const DRAFT = /\b(?:draft|exposure draft|for comments?|for public comments?|solicitation of comments|consultation)\b|征求意见稿|草案/i;
/**
 * Brackets inside or after a title that are not part of its words: an acronym the page defines
 * ("Regulations on Critical Information Infrastructure (CII) Security Protection") or an edition
 * ("(First Edition)", "(Version 1.0)", "(2022 Edition)").
 */
const ASIDE_ACRONYM = /^\(\s*[A-Z]{2,6}s?\s*\)$/;
/** The Roman numerals of a series, I to X, in capitals (a lower-case "(i)" opens a list). */
export const SERIES_NUMERAL = String.raw`I{1,3}|IV|VI{0,3}|IX|X`;
/**
 * The number of one of a series ("Interpretation (II) of the SPC on … Labour Dispute Cases", "… (III)"): a
 * word of the title, not an acronym aside, written as the bare numeral a title may also have ("Interpretation II").
 */
const ASIDE_SERIES_NUMBER = new RegExp(String.raw`^\(\s*(${SERIES_NUMERAL}|[1-9])\s*\)$`);
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/** "(II)" and "(2)" as the word "ii". */
function seriesWord(group: string): string {
  const number = group.slice(1, -1).trim();
  return (/^\d$/.test(number) ? ROMAN[Number(number)]! : number).toLowerCase();
}
const ASIDE_EDITION = /^\(\s*(?:(?:first|second|third|\d+(?:st|nd|rd|th)|(?:19|20)\d\d)\s+)?(?:edition|version)(?:\s+[\d.]+)?\s*\)$/i;
/** An edition after the first ("(Second Edition)", "(2nd Version)", "(Version 2.0)"), which pages keep. */
const YEAR_IN_EDITION = /\b((?:19|20)\d\d)\b/;
const LATER_EDITION = /\b(?:second|2nd|version\s+2)\b|\b(third|3rd|version\s+3)\b/i;

/**
 * What an edition in brackets adds to a title's words: nothing for the first (pages cite a
 * first edition without it, and it was the only one when they did), a word for a later one, so
 * that "… (Second Edition)" names the second edition and the bare title still the first.
 */
function laterEdition(aside: string): string {
  // A yearly edition ("(2021 Edition)", "(Version 2021)") is that year's: title-table.ts also files the title without it.
  const year = YEAR_IN_EDITION.exec(aside);
  if (year) return ` edition${year[1]} `;
  const later = LATER_EDITION.exec(aside);
  if (!later) return ' ';
  return later[1] ? ' thirdedition ' : ' secondedition ';
}

/**
 * The series prefix of a national standard's title (信息安全技术, 网络安全技术), which pages keep
 * or drop: "Information Security Technology – Personal Information Security Specification".
 */
const STANDARD_SERIES = /^(?:information security technology|network security technology)\s+(?=\S)/;
const SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
  [/isation/g, 'ization'],
  [/ising/g, 'izing'],
  [/ised\b/g, 'ized'],
  [/ise\b/g, 'ize'],
  [/tre\b/g, 'ter'],
  [/ence\b/g, 'ense'],
  [/our\b/g, 'or'],
  [/yse\b/g, 'yze'],
  [/ogue\b/g, 'og'],
  [/elling\b/g, 'eling'],
  [/ertising/g, 'ertizing'],
];

/** Lower case, straight quotes and dashes, single spaces, no punctuation but hyphens and apostrophes. */
export function foldTitleText(text: string): string {
  let folded = foldName(text)
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "Anti-Monopoly", "Anti-Espionage": the prefix is part of the word (反垄断, 反间谍).
  folded = folded.replace(/\b(anti|counter) ?- ?(?=\p{L})/gu, 'anti');
  // "Anti Monopoly Guidelines": the prefix written apart.
  folded = folded.replace(/\banti (?=(?:monopoly|unfair|espionage|telecom|money|terrorism|foreign|secession|fraud)\b)/gu, 'anti');
  // A plural's possessive ("Mobile Internet Applications' Information Services") is the plural.
  folded = folded.replace(/(\p{L})'(?= |$)/gu, '$1');
  // "Law Against Telecommunication Fraud" is the Anti-Telecom Fraud Law; the official "Law … on
  // Countering Foreign Sanctions" is the Anti-Foreign Sanctions Law.
  folded = folded.replace(/\b(?:against|countering) (?=\p{L})/gu, 'anti');
  for (const [phrase, pattern, replacement] of PHRASES) {
    if (folded.includes(phrase)) folded = folded.replace(pattern, `$1${replacement}`);
  }
  return folded;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each phrase with its pattern, compiled once. */
const PHRASES = PHRASE_SYNONYMS.map(([phrase, replacement]) => [phrase, new RegExp(`(^|[ -])${escape(phrase)}(?=$|[ -])`, 'g'), replacement] as const);

/** One word in its folded form: American spelling, singular, its synonym class. */
export function foldTitleWord(word: string): string {
  let folded = word.replace(/'s$/, '');
  for (const [pattern, replacement] of SPELLING) folded = folded.replace(pattern, replacement);
  folded = singular(folded);
  return WORD_CLASS.get(folded) ?? folded;
}

const INVARIANT = /(?:ss|us|is|ics|news|series)$/;

function singular(word: string): string {
  if (word.length <= 3 || INVARIANT.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** The words of a name that carry its meaning, folded as in a signature, without its type noun's role: for comparing two names of one body. */
export function contentWordsOf(name: string): string[] {
  const words = new Set<string>();
  for (const word of foldTitleText(name).split(/[ -]+/)) {
    if (!word || STOPWORDS.has(word)) continue;
    const folded = foldTitleWord(word);
    if (!STOPWORDS.has(folded)) words.add(folded);
  }
  return [...words];
}

/** The class of a type noun ("Measures" → "measures"), or undefined for any other word. */
export function typeClassOf(word: string): string | undefined {
  return TYPE_CLASS.get(word.toLowerCase());
}

/**
 * The signature of a title, or undefined where it has no type noun. The type is the last type noun
 * before the first linking word ("Measures for …") or, failing that, the last one ("… Law").
 */
export function signatureOf(title: string): TitleSignature | undefined {
  const draft = DRAFT.test(title);
  // A series number is a word of the title wherever it stands, but never the word after its type noun.
  const series: string[] = [];
  const aside = (group: string): string => {
    if (ASIDE_SERIES_NUMBER.test(group)) {
      series.push(seriesWord(group));
      return ' ';
    }
    return DRAFT.test(group) || ASIDE_ACRONYM.test(group) ? ' ' : ASIDE_EDITION.test(group) ? laterEdition(group) : group;
  };
  const folded = foldTitleText(title.replace(/\((?:[^()]*)\)/g, aside));
  const raw = folded.replace(STANDARD_SERIES, '').split(/[ -]+/).filter(Boolean);
  let typeIndex = -1;
  for (let i = 0; i < raw.length; i++) {
    if (!TYPE_CLASS.has(raw[i]!)) continue;
    typeIndex = i;
    if (raw[i + 1] && STOPWORDS.has(raw[i + 1]!)) break;
  }
  if (typeIndex < 0) return undefined;
  const words = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    if (i === typeIndex) continue;
    const word = raw[i]!;
    if (STOPWORDS.has(word) || word === 'draft' || word === 'comment' || /^\d+$/.test(word)) continue;
    // A footnote mark stuck to a word ("Reviews1") is not part of it.
    const folded = foldTitleWord(word.replace(/^(\p{L}{3,})\d{1,2}$/u, '$1'));
    if (!STOPWORDS.has(folded)) words.add(folded);
  }
  for (const word of series) words.add(word);
  // An outbound transfer is what "export" and "outbound" already say (数据出境: "data export", "outbound data transfer").
  if (words.has('outbound')) words.delete('transfer');
  // 个人信息出境 is "personal information outbound" or "… cross-border data transfers": "data" adds nothing there.
  if (words.has('outbound') && words.has('personal') && words.has('information')) words.delete('data');
  return { type: TYPE_CLASS.get(raw[typeIndex]!)!, words: [...words].sort(), draft, provisional: PROVISIONAL.test(title) };
}

const EDITION_YEAR_WORD = /^edition((?:19|20)\d\d)$/;

/**
 * The year of the edition a title names ("… (2024 Edition)") and its signature without it, or
 * undefined where it names none.
 */
export function undatedSignatureOf(signature: TitleSignature): { signature: TitleSignature; year: number } | undefined {
  const yearWord = signature.words.find((word) => EDITION_YEAR_WORD.test(word));
  if (yearWord === undefined) return undefined;
  return { signature: { ...signature, words: signature.words.filter((word) => word !== yearWord) }, year: Number(EDITION_YEAR_WORD.exec(yearWord)![1]) };
}

/**
 * The key a written title is compared with the names other countries share by (phrase-names.ts):
 * its signature without a year ("Law on Personal Data Protection 2025" is the phrase's).
 */
export function phraseSignatureKey(title: string): string | undefined {
  const signature = signatureOf(title);
  if (!signature) return undefined;
  return signatureKey(undatedSignatureOf(signature)?.signature ?? signature);
}

/** The signature as one string key (the draft flag is kept apart by the table; see title-table.ts). */
export function signatureKey(signature: Pick<TitleSignature, 'type' | 'words' | 'provisional'>): string {
  return `${signature.type}:${signature.words.join(' ')}${signature.provisional ? ':p' : ''}`;
}
