/**
 * Packs the four per-slot tables of a freshly built automaton into one Int32Array, state by
 * state (see matcher.ts), padding to the table size with free slots (check -1).
 */
import type { Automaton } from './automaton';
import { NODE_BASE, NODE_CHECK, NODE_FAIL, NODE_OUT, NODE_SHIFT } from './matcher';

export function interleaveNodes(a: Automaton): Int32Array {
  const nodes = new Int32Array(a.tableSize << NODE_SHIFT);
  for (let s = 0; s < a.tableSize; s++) {
    const at = s << NODE_SHIFT;
    if (s < a.slotCount) {
      nodes[at + NODE_BASE] = a.base[s]!;
      nodes[at + NODE_CHECK] = a.check[s]!;
      nodes[at + NODE_FAIL] = a.fail[s]!;
      nodes[at + NODE_OUT] = a.outHead[s]!;
    } else {
      nodes[at + NODE_CHECK] = -1;
    }
  }
  return nodes;
}
