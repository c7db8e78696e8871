/**
 * Build time (and, for the names a user imported, in the background): dictionary → JSON-safe
 * radix tree and records, which the content script only decodes (loadDictionary).
 */
import { buildTables } from './build-tables';
import type { CompiledDictionary } from './compiled-form';
import { encodeTables } from './encode-tables';
import type { CompileInput, DictionaryEntry } from './types';

export function compileDictionary(input: CompileInput | readonly DictionaryEntry[]): CompiledDictionary {
  return encodeTables(buildTables(input));
}
