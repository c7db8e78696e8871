/**
 * Build time (and, for a few hundred user-added names, run time): dictionary → JSON-safe
 * precomputed automaton.
 */
import { buildAutomaton } from './build-automaton';
import type { CompiledDictionary } from './compiled-form';
import { encodeAutomaton } from './encode-automaton';
import type { CompileInput, DictionaryEntry } from './types';

export function compileDictionary(input: CompileInput | readonly DictionaryEntry[]): CompiledDictionary {
  return encodeAutomaton(buildAutomaton(input));
}
