/**
 * Build time (and, for the names a user imported, in the background): dictionary → JSON-safe
 * radix tree and records, which the content script only decodes (loadDictionary).
 */
import { buildTables } from './build-tables';
import type { CompiledDictionary } from './compiled-form';
import { createMatcher } from './create-matcher';
import { encodeTables } from './encode-tables';
import type { CompileInput, DictionaryEntry } from './types';
import { buildWordStartFilter } from './word-start-filter';

export function compileDictionary(input: CompileInput | readonly DictionaryEntry[]): CompiledDictionary {
  const tables = buildTables(input);
  return encodeTables(tables, createMatcher(tables, buildWordStartFilter));
}
