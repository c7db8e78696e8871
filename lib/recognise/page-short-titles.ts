/**
 * Short titles a page uses without defining them, for an instrument it has named in full: after
 * "the Personal Information Protection Compliance Audit Measures", "the Audit Measures"; after the
 * deep synthesis provisions, "the Deep Synthesis Provisions". A capitalised phrase ending in a type
 * noun names the one instrument named earlier on the page whose title has all its words under the
 * same type noun, when at least one of those words is one few titles have ("Security Measures"
 * names nothing: many titles have "security").
 *
 * In Chinese, a title in 《》 that keeps some of the characters of a title named earlier, in order
 * and with its last two (办法, 条例 …): 《平台规则监管办法》 after 《网络交易平台规则监督管理办法》.
 */
import { isWhiteSpace } from '../page/white-space';
import { HAS_PLURAL, isGenericShortName, SHORT_TITLE_NOUNS } from './defined-names';
import { TakenSpans, type Span } from './taken-spans';
import { signatureOf, typeClassOf, type TitleSignature } from './title-signature';
import { isHeldIn } from './zh-near-titles';

/** An instrument the page has named by an English title: its id and its title's signature. */
export interface NamedTitle {
  id: string;
  signature: TitleSignature;
}

export interface ShortTitleMention {
  start: number;
  end: number;
  id: string;
  matched: string;
}


function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code > 0x7f;
}

/**
 * The ends of the type nouns of `types` (the short titles' nouns, defined-names.ts) written in
 * `text` as whole words, after a capitalised word, in text order. Found with indexOf, not one
 * pattern with alternatives: a long page is read a few times at memory speed rather than once at
 * pattern speed.
 */
function typeNounEnds(text: string, types: ReadonlySet<string>): number[] {
  const ends: number[] = [];
  for (const noun of SHORT_TITLE_NOUNS) {
    if (!types.has(typeClassOf(noun)!)) continue;
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + noun.length)) {
      let end = at + noun.length;
      if (HAS_PLURAL.has(noun) && text.charCodeAt(end) === 0x73) end++;
      if (isLetter(text.charCodeAt(end)) || isLetter(text.charCodeAt(at - 1)) || !capitalisedWordBefore(text, at)) continue;
      ends.push(end);
    }
  }
  return ends.sort((a, b) => a - b);
}
/**
 * One to four capitalised words before the type noun at the window's end ("Audit Measures",
 * "Cross-Border Data Flow Provisions"), after a "The" or a preposition that is not the title's.
 */
const SHORT_TITLE_AT_END = /(?:^|[^\p{L}\p{N}'’-])(?:(?:The|This|These|Those|Its|Their|Such|Both|Under|Per)\s+)?((?:[A-Z][\p{L}\p{N}'’-]*\s+){1,4}[A-Z]\w+)$/u;
/** How far before a type noun a short title may begin. */
const WINDOW = 120;

/** Whether the word before `at` (past white space) starts with a capital letter: most type nouns follow "the" or "these". */
function capitalisedWordBefore(text: string, at: number): boolean {
  let i = at - 1;
  if (i < 0 || !isWhiteSpace(text.charCodeAt(i))) return false;
  while (i >= 0 && isWhiteSpace(text.charCodeAt(i))) i--;
  while (i > 0 && !isWhiteSpace(text.charCodeAt(i - 1))) i--;
  const first = text.charCodeAt(i);
  return first >= 0x41 && first <= 0x5a;
}

/** A capitalised word right before the phrase: it is part of a longer name, not a short title. */
const CAPITALISED_BEFORE = /[A-Z][\p{L}\p{N}'’-]*\s+$/u;
/**
 * A title that goes on after its type noun ("the Accounting Standards for Small Business
 * Enterprises" after the Accounting Standards for Business Enterprises): another instrument's full
 * title, not a short one of the instrument named before.
 */
const TITLE_GOES_ON_AFTER = /^\s+(?:for|on|of|concerning|governing|regarding)\s+(?:the\s+)?[A-Z]/;

/**
 * The instruments a page has named by an English title, one per id and title words. A long page
 * writes the same titles again and again: each written title is read once.
 */
export class NamedTitles {
  private seen = new Set<string>();
  readonly byKey = new Map<string, NamedTitle>();
  /** The Chinese titles the page has written, with their ids. */
  readonly chinese: NamedChineseTitle[] = [];

  add(mentions: readonly (Span & { id: string; matched: string })[]): void {
    for (const mention of mentions) {
      if (!mention.id.startsWith('document:')) continue;
      const written = `${mention.id}\u0000${mention.matched}`;
      if (this.seen.has(written)) continue;
      this.seen.add(written);
      if (ALL_HAN.test(mention.matched) && mention.matched.length >= MIN_ZH_TITLE + 2) this.chinese.push({ id: mention.id, title: mention.matched });
      if (!/[A-Za-z]{3}/.test(mention.matched)) continue;
      const signature = signatureOf(mention.matched);
      if (signature && signature.words.length >= 2) this.byKey.set(`${mention.id} ${signature.words.join(' ')}`, { id: mention.id, signature });
    }
  }

  clear(): void {
    this.seen.clear();
    this.byKey.clear();
    this.chinese.length = 0;
  }
}

export interface NamedChineseTitle {
  id: string;
  title: string;
}

const ALL_HAN = /^\p{Script=Han}+$/u;
/** A short title shorter than this says too little (《标识办法》 could be many instruments' short title). */
const MIN_ZH_TITLE = 6;

/**
 * Chinese short titles in 《》 of the titles in `named`, away from the spans already `taken`: the
 * one instrument whose written title holds the short one in order, with the same last two
 * characters (its type) and at least two characters more.
 */
export function findZhPageShortTitles(text: string, named: readonly NamedChineseTitle[], taken: readonly Span[]): ShortTitleMention[] {
  const found: ShortTitleMention[] = [];
  if (named.length === 0) return found;
  let busy: TakenSpans | undefined;
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open + 1);
    if (close < 0) break;
    const start = open + 1;
    const written = text.slice(start, close);
    if (written.length < MIN_ZH_TITLE || !ALL_HAN.test(written) || isGenericShortName(written)) continue;
    busy ??= new TakenSpans(taken);
    if (busy.overlaps({ start, end: close })) continue;
    const type = written.slice(-2);
    const owners = new Set(named.filter(({ title }) => title.length >= written.length + 2 && title.endsWith(type) && isHeldIn(written, title)).map(({ id }) => id));
    if (owners.size !== 1) continue;
    found.push({ start, end: close, id: [...owners][0]!, matched: written });
  }
  return found;
}

/** Short titles in `text` of the instruments in `named`, away from the spans already `taken`. */
export function findPageShortTitles(
  text: string,
  named: ReadonlyMap<string, NamedTitle>,
  taken: readonly Span[],
  isCommonWord: (word: string) => boolean,
): ShortTitleMention[] {
  const found: ShortTitleMention[] = [];
  if (named.size === 0) return found;
  let busy: TakenSpans | undefined;
  const titles = [...named.values()];
  // Only the type nouns of the titles the page named can end a short title of one.
  const types = new Set(titles.map(({ signature }) => signature.type));
  for (const end of typeNounEnds(text, types)) {
    busy ??= new TakenSpans(taken);
    // A type noun inside a name already found ("Data Security Law") ends no short title.
    if (busy.overlaps({ start: end - 1, end })) continue;
    const from = Math.max(0, end - WINDOW);
    const match = SHORT_TITLE_AT_END.exec(text.slice(from, end));
    if (!match) continue;
    const start = end - match[1]!.length;
    if (busy.overlaps({ start, end }) || CAPITALISED_BEFORE.test(text.slice(Math.max(0, from + match.index - 30), from + match.index + 1))) continue;
    if (isWhiteSpace(text.charCodeAt(end)) && TITLE_GOES_ON_AFTER.test(text.slice(end, end + 24))) continue;
    const written = match[1]!;
    const signature = signatureOf(written);
    if (!signature || signature.words.length === 0 || signature.words.every(isCommonWord)) continue;
    const owners = new Set(
      titles
        .filter(({ signature: title }) => title.type === signature.type && title.words.length > signature.words.length && signature.words.every((word) => title.words.includes(word)))
        .map(({ id }) => id),
    );
    if (owners.size !== 1) continue;
    found.push({ start, end, id: [...owners][0]!, matched: written });
  }
  return found;
}
