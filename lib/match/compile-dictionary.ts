/**
 * Build time (and, for the names a user imported, in the background): dictionary → JSON-safe
 * precomputed automaton, which the content script only decodes (loadDictionary).
 */
import { buildAutomaton } from './build-automaton';
import type { CompiledDictionary } from './compiled-form';
import { encodeAutomaton } from './encode-automaton';
import type { CompileInput, DictionaryEntry } from './types';

export function compileDictionary(input: CompileInput | readonly DictionaryEntry[]): CompiledDictionary {
  return encodeAutomaton(buildAutomaton(input));
}
