/**
 * Readable access to the state table's fields (matcher.ts) for the code outside the scan loop,
 * which reads them inline.
 */
import { STATE_FAIL, STATE_NODE, STATE_SHIFT } from './matcher';

type WithStates = { readonly states: Int32Array };

/** The node the state is at (0 for the root), or -1 inside an edge. */
export function nodeAt(m: WithStates, state: number): number {
  return m.states[(state << STATE_SHIFT) + STATE_NODE]! - 1;
}

/** The state's failure state, or -1 until derived. */
export function failOf(m: WithStates, state: number): number {
  return m.states[(state << STATE_SHIFT) + STATE_FAIL]! - 1;
}
