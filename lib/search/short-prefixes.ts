/**
 * Answers for one- and two-letter queries, worked out at build time. "me" begins thousands
 * of words in a large graph ("measures", "media", "mechanism", ...); expanding it at query
 * time costs far more than the 2 ms budget, and relevance among thousands of completions
 * means little. So each short prefix keeps a ranked list, best first:
 * an abbreviation or code that begins with it ("ca" → CAC), then titles that begin with it,
 * then titles or aliases with a word that does; shorter titles before longer ones.
 */
import type { SearchDocument } from './search-documents';
import { codeTerms, isCjk, textTerms } from './search-text';

/** prefix → ordinals (positions in the index's id list), best first. */
export type ShortPrefixTable = Record<string, number[]>;

export const SHORT_PREFIX_MAX_LENGTH = 2;
/** More than a popup shows, so a type filter still leaves enough. */
export const SHORT_PREFIX_KEEP = 30;

/** Lower is better. */
const Tier = { Abbreviation: 0, TitleStart: 1, Word: 2 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

export function buildShortPrefixTable(documents: readonly SearchDocument[]): ShortPrefixTable {
  const tiers = new Map<string, Map<number, Tier>>();
  const note = (term: string, ordinal: number, tier: Tier): void => {
    if (isCjk(term)) return;
    for (let length = 1; length <= SHORT_PREFIX_MAX_LENGTH && length <= term.length; length++) {
      const prefix = term.slice(0, length);
      let byOrdinal = tiers.get(prefix);
      if (!byOrdinal) tiers.set(prefix, (byOrdinal = new Map()));
      const known = byOrdinal.get(ordinal);
      if (known === undefined || tier < known) byOrdinal.set(ordinal, tier);
    }
  };
  documents.forEach((document, ordinal) => {
    const codes = `${document.abbreviations}\n${document.codes}`.split('\n').filter(Boolean);
    for (const term of codes.flatMap(codeTerms)) note(term, ordinal, Tier.Abbreviation);
    textTerms(document.name).forEach((term, index) => note(term, ordinal, index === 0 ? Tier.TitleStart : Tier.Word));
    for (const term of textTerms(document.aliases)) note(term, ordinal, Tier.Word);
  });

  const table: ShortPrefixTable = {};
  for (const [prefix, byOrdinal] of tiers) {
    table[prefix] = [...byOrdinal]
      .sort(([a, tierA], [b, tierB]) => tierA - tierB || nameLength(documents, a) - nameLength(documents, b) || a - b)
      .slice(0, SHORT_PREFIX_KEEP)
      .map(([ordinal]) => ordinal);
  }
  return table;
}

function nameLength(documents: readonly SearchDocument[], ordinal: number): number {
  return documents[ordinal]?.name.length ?? 0;
}

export function lookupShortPrefix(table: ShortPrefixTable, prefix: string): readonly number[] | undefined {
  return Object.hasOwn(table, prefix) ? table[prefix] : undefined;
}
