/**
 * A yearly edition named by a year before its title: "the 2022 version of the Catalogue of
 * Encouraged Industries for Foreign Investment", "the 2021 Negative List". A title without its year
 * names the latest edition (title-table.ts); the year the page writes before it names that year's.
 */
import { signatureKey, signatureOf, undatedSignatureOf } from './title-signature';

/** Document id → the year of each edition of its series the graph holds → that edition's id. */
export type EditionYears = Record<string, Record<string, string>>;

/** The editions of each series of dated titles (English names with their edition's year). */
export function buildEditionYears(documents: ReadonlyArray<{ id: string; names: readonly string[] }>): EditionYears {
  const series = new Map<string, Map<string, string>>();
  for (const { id, names } of documents) {
    for (const name of names) {
      const signature = signatureOf(name);
      const undated = signature && !signature.draft ? undatedSignatureOf(signature) : undefined;
      if (!undated) continue;
      const key = signatureKey(undated.signature);
      const years = series.get(key) ?? new Map<string, string>();
      if (!years.has(String(undated.year))) years.set(String(undated.year), id);
      series.set(key, years);
    }
  }
  const editions: EditionYears = {};
  for (const years of series.values()) {
    if (new Set(years.values()).size < 2) continue;
    const byYear = Object.fromEntries(years);
    for (const id of years.values()) editions[id] = { ...editions[id], ...byYear };
  }
  return editions;
}

/** "2022 version of the", "2022 edition of", "the 2021", "the revised 2020": a year before a title. */
const YEAR_BEFORE = /\b((?:19|20)\d\d)(?:\s+(?:version|edition|revision)\s+of)?\s+(?:the\s+)?$/i;

/** The edition a year written before a mention names, or the mention's own id. */
export function editionCited(id: string, text: string, start: number, editions: EditionYears): string {
  const years = editions[id];
  if (!years) return id;
  const year = YEAR_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return (year && years[year]) || id;
}
