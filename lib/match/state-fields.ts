/**
 * Readable access to the state table's fields (matcher.ts) for the code outside the scan loop,
 * which reads them inline.
 */
import { STATE_FAIL, STATE_NODE, STATE_SHIFT, type Matcher } from './matcher';

type NodeTables = Pick<Matcher, 'states' | 'labelStart'>;

/** The last index below `count` whose (ascending) value is at most `value`; 0 if none. */
export function lastAtMost(values: Int32Array, count: number, value: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (values[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The node the state is at (0 for the root), or -1 inside an edge. Known to the state table
 * once asked: loading leaves it out, because writing it for every edge's last state touched
 * every page of the table (2–3 ms at 10,000 names), where a page reaches a few hundred states.
 * State s is at node e when edge e - 1 ends there, i.e. when labelStart[e] is s.
 */
export function nodeAt(m: NodeTables, state: number): number {
  const at = (state << STATE_SHIFT) + STATE_NODE;
  const known = m.states[at]!;
  if (known !== 0) return known > 0 ? known - 1 : -1;
  const edge = lastAtMost(m.labelStart, m.labelStart.length, state);
  const node = edge > 0 && m.labelStart[edge] === state ? edge : -1;
  m.states[at] = node >= 0 ? node + 1 : -1;
  return node;
}

/** The state's failure state, or -1 until derived. */
export function failOf(m: Pick<Matcher, 'states'>, state: number): number {
  return m.states[(state << STATE_SHIFT) + STATE_FAIL]! - 1;
}
