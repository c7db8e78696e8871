/**
 * Compiles and loads in one step, skipping the serialised form: for dictionaries made at run
 * time (names imported from newsletters) that are used at once. Use compileDictionary when the
 * result is to be stored.
 */
import { buildAutomaton } from './build-automaton';
import { createMatcher } from './create-matcher';
import { interleaveNodes } from './interleave-nodes';
import type { Matcher } from './matcher';
import type { CompileInput, DictionaryEntry } from './types';

export function buildMatcher(input: CompileInput | readonly DictionaryEntry[]): Matcher {
  const automaton = buildAutomaton(input);
  return createMatcher({ ...automaton, nodes: interleaveNodes(automaton) });
}
