/**
 * Compiles and loads in one step, skipping the serialised form: for dictionaries made at run
 * time (names imported from newsletters) that are used at once. Use compileDictionary when the
 * result is to be stored.
 */
import { buildTables } from './build-tables';
import { createMatcher } from './create-matcher';
import type { Matcher } from './matcher';
import type { CompileInput, DictionaryEntry } from './types';
import { buildWordStartFilter } from './word-start-filter';

export function buildMatcher(input: CompileInput | readonly DictionaryEntry[]): Matcher {
  return createMatcher(buildTables(input), buildWordStartFilter);
}
