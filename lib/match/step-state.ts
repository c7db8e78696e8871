/**
 * The automaton's goto function outside the scan loop (which writes it out): the state reached
 * from `state` on `code`, or -1 when there is no such transition. Inside an edge (state k + 1 of
 * automaton.ts) there is one way on, label character k + 1; at a node, one per edge (the root looks its edge up by code).
 */
import type { Matcher } from './matcher';
import { nodeAt } from './state-fields';

type StepTables = Pick<Matcher, 'codeTable' | 'labels' | 'states' | 'rootNext' | 'firstEdge' | 'edgeCode' | 'labelStart'>;

export function stepState(m: StepTables, state: number, code: number): number {
  const node = nodeAt(m, state);
  if (node < 0) return m.codeTable[m.labels.charCodeAt(state)] === code ? state + 1 : -1;
  if (node === 0) {
    const next = m.rootNext[code] ?? 0;
    return next === 0 ? -1 : next;
  }
  for (let e = m.firstEdge[node]!, end = m.firstEdge[node + 1]!; e < end; e++) {
    if (m.edgeCode[e] === code) return m.labelStart[e]! + 1;
  }
  return -1;
}
