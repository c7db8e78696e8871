/**
 * Short names written in lower case, as commentary calls the instruments it keeps returning to:
 * "the deep synthesis rules", "China's algorithm recommendation rules", "the 2023 “deep synthesis”
 * regulations", "the standard contract measures". Title-case short names are the title runs'
 * (find-variant-titles.ts) and lower-case full titles the sentence-case reader's; these are what is
 * left: two or three words before a lower-case type noun. Lower-case words are everyday prose
 * ("the export control rules", "the data security rules"), so a span is taken only when
 *  - something before it says a name follows ("the", "China's", a year …) or it is a heading,
 *  - nothing before it ties it to another country ("Japan's new generative AI rules"),
 *  - no word of it is one many titles have (data, security, information, network …),
 *  - its words, under its type noun or one translators swap, are exactly one entry's short name.
 */
import { BLOCK_BREAK } from '../page/text-segments';
import { isWhiteSpace } from '../page/white-space';
import { FOREIGN_BEFORE } from './foreign-names';
import { foldTitleWord, isTitleStopword, signatureOf } from './title-signature';
import type { TakenSpans, Span } from './taken-spans';
import type { TitleTable } from './title-table';
import { TitleWordFilter } from './title-word-filter';
import { isWordChar } from './title-words';
import { findTypeNouns, isLowerCaseNoun } from './type-nouns';

export interface LowerCaseShortName extends Span {
  id: string;
  matched: string;
  /** Words other countries' rules are called by too: shown only on a page about China (china-context.ts). */
  phrase: true;
}

/** Words a name may have: two or three, the last one before the type noun. */
const MIN_WORDS = 2;
const MAX_WORDS = 3;
/** Words that say a name follows ("the …", "China's …", "its new …", "the 2023 …"). */
const OPENERS = /^(?:the|china['’]s|prc['’]s|its|new|these|(?:19|20)\d\d)$/i;
const OPENING_QUOTE: Record<string, string> = { '”': '“', '"': '"', '’': '‘' };
/**
 * The joint of a list of such names ("the algorithm rules, deep synthesis rules and …"): after one,
 * the next needs no word of its own that says a name follows.
 */
const LIST_BEFORE = /\b(?:regulations|provisions|measures|rules)\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)$/;
/** A prefix the signature joins to the word after it ("anti-monopoly", "against fraud": antimonopoly, antifraud). */
const JOINED_PREFIX_BEFORE = /(?:anti|counter|against|countering)[\s-]*$/i;

interface Token {
  start: number;
  end: number;
  text: string;
}

/** A word of a lower-case name: lower case, or an acronym a name keeps in capitals ("generative AI", "AI-content"). */
function isLowerOrAcronym(word: string): boolean {
  return word === word.toLowerCase() || /^[A-Z]{2,4}(?:-[a-z]+)?$/.test(word);
}

function contentWordsOf(words: readonly Token[]): string[] {
  return words
    .flatMap((word) => word.text.toLowerCase().replace(/’/g, "'").split('-'))
    .filter((part) => part !== '' && !isTitleStopword(part));
}

/**
 * Up to `most` words (MAX_WORDS + 1 unless told) before `edge`, nearest last, separated by spaces only; reading stops
 * after a word an opening quote stands before (`quoted`), as the quote starts the name.
 */
function wordsBefore(text: string, edge: number, quote: string | undefined, most = MAX_WORDS + 1): { words: Token[]; quoted: boolean } {
  const words: Token[] = [];
  let at = edge;
  while (words.length < most) {
    let end = at;
    while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    if (end === at && words.length > 0) break;
    let start = end;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1), text.charAt(start - 1))) start--;
    if (start === end) break;
    words.unshift({ start, end, text: text.slice(start, end) });
    if (quote !== undefined && text.charAt(start - 1) === quote) return { words, quoted: true };
    at = start;
  }
  return { words, quoted: false };
}

/**
 * Whether the name is a block of its own, a heading ("Algorithmic recommendation rules"): what may
 * stand without a word before it. A sentence that opens with one ("Generative AI rules are being
 * drafted in many countries") is prose.
 */
function isHeading(text: string, start: number, end: number): boolean {
  let before = start;
  while (before > 0 && isWhiteSpace(text.charCodeAt(before - 1))) before--;
  let after = end;
  while (after < text.length && isWhiteSpace(text.charCodeAt(after))) after++;
  return (before === 0 || text.charAt(before - 1) === BLOCK_BREAK) && (after === text.length || text.charAt(after) === BLOCK_BREAK);
}

/** Whether the words before a name and its opening words tie it to another country ("Japan's new …", "the UK's 2024 …"). */
function isForeign(text: string, words: readonly Token[], first: number): boolean {
  let edge = words[first]!.start;
  for (let index = first - 1; index >= 0 && OPENERS.test(words[index]!.text); index--) edge = words[index]!.start;
  return FOREIGN_BEFORE.test(text.slice(Math.max(0, edge - 40), edge));
}

/**
 * Whether a word can be one of a name the table holds (title-word-filter.ts), or follows a prefix the
 * signature joins to it. Most type nouns stand in prose ("further rules on", "the MIIT said further
 * rules"), and a look at the words before one spares them a signature.
 */
function mayBeTitleWord(text: string, word: Token, titleWords: TitleWordFilter): boolean {
  return titleWords.mayBeInSignature(word.text) || JOINED_PREFIX_BEFORE.test(text.slice(Math.max(0, word.start - 12), word.start));
}

function nameBefore(text: string, noun: Span, table: TitleTable, titleWords: TitleWordFilter): LowerCaseShortName | undefined {
  let edge = noun.start;
  while (edge > 0 && isWhiteSpace(text.charCodeAt(edge - 1))) edge--;
  if (edge === noun.start) return undefined;
  const close = OPENING_QUOTE[text.charAt(edge - 1)];
  if (close !== undefined) edge--;
  // The name ends on a lower-case word (or an acronym) a title may have, after at least one more
  // such word. Most type nouns stand in prose ("said further rules on"), so the two nearest words
  // decide before the rest are read.
  const near = wordsBefore(text, edge, close, MIN_WORDS).words;
  const nearest = near[near.length - 1];
  if (nearest === undefined || !isLowerOrAcronym(nearest.text) || !mayBeTitleWord(text, nearest, titleWords)) return undefined;
  if (near.length < MIN_WORDS || !mayBeTitleWord(text, near[0]!, titleWords)) return undefined;
  const { words, quoted } = wordsBefore(text, edge, close);
  if (close !== undefined && !quoted) return undefined;
  // Its other words too are only words a title may have.
  let titleLike = 0;
  while (titleLike < Math.min(MAX_WORDS, words.length) && mayBeTitleWord(text, words[words.length - 1 - titleLike]!, titleWords)) titleLike++;
  // The longest name first: "the new generative AI rules" is tried as "new generative AI", then "generative AI".
  for (let count = Math.min(MAX_WORDS, titleLike); count >= MIN_WORDS; count--) {
    const name = words.slice(words.length - count);
    const first = name[0]!;
    // "the generative AI rules" at a sentence's start is "generative AI rules".
    if (OPENERS.test(first.text) || isTitleStopword(first.text.toLowerCase())) continue;
    const opener = words[words.length - count - 1];
    const start = quoted ? first.start - 1 : first.start;
    const opened = quoted ? count === words.length : (opener !== undefined && OPENERS.test(opener.text)) || LIST_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    const heading = !opened && !quoted && isHeading(text, start, noun.end);
    if (!opened && !heading) continue;
    if (isForeign(text, words, words.length - count)) continue;
    if (!name.every((word, index) => isLowerOrAcronym(word.text) || (heading && index === 0))) continue;
    // Lower-case words many titles have are prose ("the data security rules", "the export licensing rules").
    const content = contentWordsOf(name);
    if (content.length < MIN_WORDS || content.some((word) => table.isCommonWord(foldTitleWord(word)))) continue;
    const signature = signatureOf(`${text.slice(first.start, name[name.length - 1]!.end)} ${text.slice(noun.start, noun.end)}`);
    if (!signature || signature.draft) continue;
    const id = table.lookup(signature) ?? table.lookupSwappedType(signature);
    if (id) return { start, end: noun.end, id, matched: text.slice(start, noun.end), phrase: true };
  }
  return undefined;
}

/** Lower-case short names in `text` outside the `taken` spans, in text order; `nouns` are the text's type nouns (type-nouns.ts). */
export function findLowerCaseShortNames(text: string, taken: TakenSpans, table: TitleTable, titleWords = new TitleWordFilter(table), nouns: readonly Span[] = findTypeNouns(text)): LowerCaseShortName[] {
  const found: LowerCaseShortName[] = [];
  for (const noun of nouns) {
    if (!isLowerCaseNoun(text, noun) || taken.overlaps(noun)) continue;
    const name = nameBefore(text, noun, table, titleWords);
    if (name && !taken.overlaps(name)) found.push(name);
  }
  return found;
}
