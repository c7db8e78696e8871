/**
 * Shared shapes of the matcher: what a dictionary entry is, what compileDictionary takes, and what
 * findMentions returns. Kept apart from the algorithm files so callers can import types without
 * pulling in the scanner.
 */

export const ENTRY_KINDS = ['title', 'phrase', 'abbr', 'code', 'zh'] as const;

/**
 * - `title`: English title of a law, measure, authority or case; case, quote, dash and whitespace
 *   insensitive, word-bounded, with "the"/PRC variants.
 * - `phrase`: a title that is also an ordinary phrase ("Criminal Law", "Supreme Court"): as a
 *   title, but its own spelling matches only in its written case ("criminal law" is the field of
 *   law); its PRC variants ("PRC Criminal Law", "China's criminal law") match in any case.
 * - `abbr`: abbreviation such as CAC or TC260; exact case, whole word ("CAC's" is fine).
 * - `code`: standard code such as GB/T 35273-2020; space after the prefix optional, any dash.
 * - `zh`: Chinese name; matched anywhere (Chinese has no spaces), subject to zhExclusions.
 *
 * For every kind, a name that begins with a Latin letter or digit never starts right after
 * another Latin letter or digit ("xCAC" holds no CAC); titles, abbreviations and codes also never
 * end right before one ("CACs", "GB 40050-20210").
 */
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface DictionaryEntry {
  /** Graph node id, e.g. `document:cybersecurity-law` or `authority:cac`. */
  readonly id: string;
  readonly name: string;
  readonly kind: EntryKind;
}

export interface CompileInput {
  readonly entries: readonly DictionaryEntry[];
  /**
   * Longer Chinese strings that contain a `zh` name but mean something else, such as 国家安全部门
   * (state security departments) for 国家安全部 (the Ministry of State Security). A `zh` match
   * lying inside a longer occurrence of one of these is dropped; the exclusions of every matcher
   * passed to findMentions apply to the `zh` names of all of them.
   */
  readonly zhExclusions?: readonly string[];
  /** Names never to match. Defaults to GENERIC_NAMES; pass a list to replace it. */
  readonly genericNames?: readonly string[];
  /**
   * Other forms of the alphabet's characters that a text may use, given the alphabet: pairs
   * "TSTS…", where the text's T reads as the alphabet's S (traditional 國 as 国). Build time only.
   */
  readonly charVariants?: (alphabet: string) => string;
}

/**
 * One recognised name in a text. Offsets are UTF-16 code units into the original text, end
 * exclusive, so `text.slice(start, end) === matched`.
 *
 * Ambiguity: when the same name belongs to several ids (and no id owns it by an explicit entry
 * while the others only by a generated variant), `id` is the first of them in dictionary order,
 * `ambiguous` is true and `ids` lists all of them. Unambiguous mentions carry neither field.
 *
 * `phrase` is true when only phrase names matched ("Supreme Court", not "PRC Supreme Court"):
 * such a mention means China's body or law only where the text is about China, which the caller
 * judges (lib/page/china-context.ts). `abbreviation` is true when only abbreviations matched
 * ("CAC", "MPS"): many are everyday acronyms elsewhere, so they are no sign of China either.
 */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly matched: string;
  readonly phrase?: true;
  readonly abbreviation?: true;
  readonly ambiguous?: true;
  readonly ids?: readonly string[];
}
