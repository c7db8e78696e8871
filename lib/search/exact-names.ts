/**
 * The exact-name table: every name, abbreviation, code and alias, compacted (see
 * compactKey), mapped to the entries it names. A query that is exactly one of them finds
 * its entry first in one lookup, whatever the relevance scores say.
 */
import type { SearchDocument } from './search-documents';
import { codeWithoutYear, compactKey } from './search-text';

/** compactKey → ordinals (positions in the index's id list), surest meaning first. */
export type ExactNameTable = Record<string, number[]>;

export function buildExactNameTable(documents: readonly SearchDocument[]): ExactNameTable {
  const table = new Map<string, number[]>();
  const add = (text: string, ordinal: number): void => {
    const key = compactKey(text);
    if (!key) return;
    const ordinals = table.get(key);
    if (!ordinals) table.set(key, [ordinal]);
    else if (!ordinals.includes(ordinal)) ordinals.push(ordinal);
  };
  const each = (read: (document: SearchDocument) => string, also?: (text: string) => string): void => {
    documents.forEach((document, ordinal) => {
      for (const text of read(document).split('\n')) {
        add(text, ordinal);
        if (also) add(also(text), ordinal);
      }
    });
  };
  // In order of how surely each kind of name means its entry: an entry's own title first.
  each((document) => document.name);
  each((document) => document.abbreviations);
  each((document) => document.codes);
  // A code without its year means the latest edition (as an undated reference does): newest first.
  const undated = documents
    .flatMap((document, ordinal) => document.codes.split('\n').map((code) => ({ ordinal, key: codeWithoutYear(code), year: Number(/(?:19|20)\d{2}(?=\s*$)/u.exec(code)?.[0] ?? 0) })))
    .sort((a, b) => b.year - a.year);
  for (const { key, ordinal } of undated) {
    add(key, ordinal);
    // The standard's number alone ("35273"), as lawyers type it.
    const number = /(\d{4,})(?:\.\d+)?$/u.exec(key)?.[1];
    if (number) add(number, ordinal);
  }
  each((document) => document.aliases);
  each((document) => document.zh);
  return Object.fromEntries(table);
}

export function lookupExactName(table: ExactNameTable, key: string): readonly number[] {
  return key && Object.hasOwn(table, key) ? (table[key] ?? []) : [];
}
