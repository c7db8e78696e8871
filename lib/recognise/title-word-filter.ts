/**
 * Whether a word can stand in one of the table's titles: a word of its titles, a linking word or a
 * word of the phrases translators vary ("cross-border", "artificial intelligence"), which fold only
 * as phrases. The lower-case readers (sentence-case-titles.ts, lower-case-short-names.ts) ask it
 * of the words around every lower-case type noun, and most of those stand in prose ("further rules
 * on …"): a word that cannot be a title's ends the reading before any signature is made.
 */
import { PHRASE_SYNONYMS } from '../knowledge/translation-synonyms';
import { foldTitleWord, isTitleStopword, typeClassOf } from './title-signature';
import type { TitleTable } from './title-table';

const PHRASE_WORDS = new Set(PHRASE_SYNONYMS.flatMap(([phrase]) => phrase.split(/[ -]/)));
/** Words a signature may leave out of a title it reads whole ("… outbound data transfer": transfer; see title-signature.ts). */
const LEFT_OUT_WORDS = new Set(['transfer', 'data']);
/** Bound on the words remembered per page. */
const MAX_REMEMBERED = 20_000;

export class TitleWordFilter {
  /** Answers per word: a page repeats its words. */
  private known = new Map<string, boolean>();
  private written = new Map<string, boolean>();

  constructor(private readonly table: TitleTable) {}

  /** Whether `lower` (lower case, straight apostrophes) can be a word of a title the table holds. */
  has(lower: string): boolean {
    let known = this.known.get(lower);
    if (known === undefined) {
      // A signature splits "pop-up" into its parts.
      known = lower.split('-').every((part) => {
        const folded = foldTitleWord(part);
        return part === '' || isTitleStopword(part) || isTitleStopword(folded) || PHRASE_WORDS.has(part) || this.table.vocabulary.has(folded);
      });
      if (this.known.size >= MAX_REMEMBERED) this.known.clear();
      this.known.set(lower, known);
    }
    return known;
  }

  /**
   * Whether a word as the page writes it may be part of a title the table holds, as far as the word
   * alone tells: a title word, or one a signature folds or leaves out (a hyphenated word, which may
   * be joined to its prefix, a number, a type noun). A word after a prefix the signature joins to it
   * ("against fraud") is the caller's to allow.
   */
  mayBeInSignature(written: string): boolean {
    let known = this.written.get(written);
    if (known === undefined) {
      const lower = written.toLowerCase().replace(/’/g, "'").replace(/'$/, '');
      known = lower.includes('-') || /\d/.test(lower) || typeClassOf(lower) !== undefined || LEFT_OUT_WORDS.has(lower) || this.has(lower);
      if (this.written.size >= MAX_REMEMBERED) this.written.clear();
      this.written.set(written, known);
    }
    return known;
  }
}
