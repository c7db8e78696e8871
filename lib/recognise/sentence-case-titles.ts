/**
 * Titles written in sentence case, as machine translations of Chinese pages write them: "Internet
 * pop-up information push service management regulations", "Management measures for online drug
 * sales", "Unreliable entity list provisions". Title-case runs (title-runs.ts) stop at the first
 * lower-case word, so these are read here, around a lower-case type noun, and only taken when
 * their words are exactly one entry's: lower-case words are everyday prose, so nothing looser
 * (no word more or less, no typo) is tried, and a title of fewer than three content words
 * ("data security management measures" a company adopts) is never one.
 */
import { TakenSpans, type Span } from './taken-spans';
import { wordAfterGap, wordBeforeGap, wordOf, type Word } from './title-words';
import { isTitleStopword, signatureOf } from './title-signature';
import type { TitleTable } from './title-table';
import { TitleWordFilter } from './title-word-filter';
import { findTypeNouns } from './type-nouns';

export interface SentenceCaseTitle extends Span {
  id: string;
  matched: string;
}

/** How many words a title may have before its type noun ("… service management regulations"). */
const MAX_WORDS_BEFORE = 9;
/** How many words may follow "measures for" ("… for the licensing of telecommunications business"). */
const MAX_WORDS_AFTER = 9;
/** Content words a title needs before its lower-case words are trusted. */
const MIN_CONTENT_WORDS = 3;
const LINKS_AFTER_TYPE = new Set(['for', 'on', 'of']);
const CONTINUING_LINKS = new Set(['of', 'for']);
/** Words after which a lower-case title may start ("the internet group … regulations"). */
const START_AFTER = new Set(['the', "china's"]);
/** Capitalised words before a type noun that are not a title's head ("The measures for …"). */
const NOT_HEADS = new Set(['the', 'a', 'an', 'these', 'those', 'such', 'new', 'its', 'their', "china's", 'other', 'similar']);

/**
 * Reads sentence-case titles for one page: it remembers which words can be a title's, since a
 * page repeats its words and most lower-case type nouns stand in prose ("further rules on …").
 */
export class SentenceCaseTitles {
  constructor(
    private readonly table: TitleTable,
    private readonly titleWords = new TitleWordFilter(table),
  ) {}

  /** Sentence-case titles in `text` outside the `taken` spans, in text order; `nouns` are the text's type nouns (type-nouns.ts). */
  find(text: string, taken: TakenSpans, nouns: readonly Span[] = findTypeNouns(text)): SentenceCaseTitle[] {
    const found: SentenceCaseTitle[] = [];
    for (const noun of nouns) {
      if (taken.overlaps(noun) || found.some((title) => title.end > noun.start)) continue;
      const title = this.titleAround(text, noun);
      if (title && !taken.overlaps(title)) found.push(title);
    }
    return found;
  }

  /**
   * The title a type noun ends or heads. Words are read outward from it one at a time, and only as
   * far as they can be a title's: most type nouns in prose stop at the first word ("further rules on").
   */
  private titleAround(text: string, noun: Span): SentenceCaseTitle | undefined {
    const typeNoun = wordOf(text, noun.start, noun.end);
    if (typeNoun.capital) return this.typeSecond([typeNoun], 0, text);
    const words: Word[] = [];
    let edge = noun.start;
    while (words.length < MAX_WORDS_BEFORE) {
      const word = wordBeforeGap(text, edge);
      if (!word || !this.titleWords.has(word.lower)) break;
      words.push(word);
      edge = word.start;
    }
    // Too few words for a title ending on the type noun, and no capitalised head word before it.
    if (words.length < MIN_CONTENT_WORDS && !words[0]?.capital) return undefined;
    words.reverse().push(typeNoun);
    const at = words.length - 1;
    return this.typeLast(words, at, text) ?? this.typeSecond(words, at, text);
  }

  /** The title words after the type noun, up to a capitalised one (kept, to tell a title-case title from a sentence-case one). */
  private wordsAfter(text: string, words: Word[]): void {
    let edge = words[words.length - 1]!.end;
    for (let count = 0; count <= MAX_WORDS_AFTER; count++) {
      const word = wordAfterGap(text, edge);
      if (!word || (!word.capital && !this.titleWords.has(word.lower))) return;
      words.push(word);
      if (word.capital) return;
      edge = word.end;
    }
  }

  /** The entry a span names: exactly its words, under its own type noun or one translators swap. */
  private identify(words: Word[], first: number, last: number, text: string): SentenceCaseTitle | undefined {
    let content = 0;
    for (let i = first; i <= last; i++) if (!isTitleStopword(words[i]!.lower)) content++;
    // The type noun is one of the words counted.
    if (content - 1 < MIN_CONTENT_WORDS) return undefined;
    const span = { start: words[first]!.start, end: words[last]!.end };
    const written = text.slice(span.start, span.end);
    const signature = signatureOf(written);
    if (!signature || signature.draft || signature.words.length < MIN_CONTENT_WORDS) return undefined;
    const id = this.table.lookup(signature) ?? this.table.lookupSwappedType(signature);
    return id ? { ...span, id, matched: written } : undefined;
  }

  /**
   * "Unreliable entity list provisions", "the internet group information service management
   * regulations": from the farthest title word that starts a title (capitalised, or after "the")
   * to the type noun; leading linking words are not the title's.
   */
  private typeLast(words: Word[], at: number, text: string): SentenceCaseTitle | undefined {
    for (let start = 0; start < at; start++) {
      const word = words[start]!;
      if (isTitleStopword(word.lower)) continue;
      if (!word.capital && !START_AFTER.has(words[start - 1]?.lower ?? '')) continue;
      const title = this.identify(words, start, at, text);
      if (title) return title;
    }
    return undefined;
  }

  /**
   * "Management measures for online drug sales", "Measures for online drug sales": a capitalised
   * head word (or the type noun itself), a link, then the longest run of title words that names an entry.
   */
  private typeSecond(before: Word[], at: number, text: string): SentenceCaseTitle | undefined {
    const start = before[at]!.capital ? at : at - 1;
    if (start < 0 || !before[start]!.capital || NOT_HEADS.has(before[start]!.lower)) return undefined;
    const words = before.slice(0, at + 1);
    this.wordsAfter(text, words);
    if (!LINKS_AFTER_TYPE.has(words[at + 1]?.lower ?? '')) return undefined;
    // Lower-case words after the link: a title-case title ("Measures for Online Drug Sales", "Measures
    // of the Administration of the Reporting of …") is the title runs' to read, by their stricter rules.
    let last = at + 1;
    while (last < words.length - 1 && last - at < MAX_WORDS_AFTER && !words[last + 1]!.capital && this.titleWords.has(words[last + 1]!.lower)) last++;
    if (words[last + 1]?.capital) return undefined;
    for (; last > at + 1; last--) {
      // A title never ends before "of" or "for": its words go on.
      if (isTitleStopword(words[last]!.lower) || CONTINUING_LINKS.has(words[last + 1]?.lower ?? '')) continue;
      const title = this.identify(words, start, last, text);
      if (title) return title;
    }
    return undefined;
  }
}
