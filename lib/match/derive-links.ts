/**
 * Each state's Aho–Corasick failure link and its first output, which the compiled form leaves
 * out. For a state where a key ends, the output it owns then gets its chain: the failure
 * target's first output.
 *
 * The failure links respect the start-boundary rule: a key that begins with a word character
 * never starts right after another word character. So a state's failure target is its longest
 * proper suffix that is in the trie AND starts at a word start within the state's string (after
 * a non-word character, or with a non-word first character). Mid-word suffixes are thereby never
 * tracked, and the scanner can skip the rest of a word as soon as it is back at the root.
 *
 * The scan finishes each state it enters that is not finished yet (finishState), with the
 * states it depends on: a page reaches a few hundred of the 14,000 states. deriveLinks finishes
 * every state at once, for tests and diagnostics. A state's failure target and the states on the
 * way there may be unfinished too; finishState finishes those first, on a stack. Failure links
 * are computed rather than read, so each points to a shallower state: no failure chain and no
 * output chain can loop.
 */
import { OUTPUT_NEXT, OUTPUT_STRIDE } from './automaton';
import { STATE_FAIL, STATE_NEXT_CODE, STATE_OUT, STATE_SHIFT, type Matcher } from './matcher';
import { failOf, lastAtMost, nodeAt } from './state-fields';
import { stepState } from './step-state';

/** State t > 0 is reached from its parent on one code: [parent, code]. */
function parentAndCode(m: Matcher, t: number): [number, number] {
  const position = t - 1;
  // State `position` is at node n exactly when labelStart[n] is `position` (nodeAt), so n is
  // also the edge whose first character is label character `position`; -1 means none does.
  const edge = nodeAt(m, position);
  // Inside an edge, the parent is the state before, on this label character.
  if (edge < 0) return [position, m.codeTable[m.labels.charCodeAt(position)]!];
  // The first character of an edge: the parent is the state at the edge's source node, which is
  // the root or the end of the edge leading there (edge n - 1 leads to node n).
  // Found by binary search rather than kept per edge: this runs once per state a page reaches,
  // where a table would be filled at every load. Leaves share their firstEdge value with the
  // next node, so the last node at or below the edge is the one it leaves.
  const source = lastAtMost(m.firstEdge, m.nodeCount, edge);
  return [source === 0 ? 0 : m.labelStart[source]!, m.edgeCode[edge]!];
}

/**
 * The failure target of state t, or, when a state it depends on is not finished yet, -1 - that
 * state. The parent must be finished.
 */
function findFailure(m: Matcher, parent: number, code: number): number {
  if (parent === 0) return 0; // children of the root fail to the root
  // Starting afresh at this character is allowed unless it is a word character right after one.
  const rootAllowed = code < m.firstWordCode || parentAndCode(m, parent)[1] < m.firstWordCode;
  for (let f = failOf(m, parent); ; ) {
    if (f !== 0 || rootAllowed) {
      const next = stepState(m, f, code);
      if (next >= 0) return failOf(m, next) < 0 ? -1 - next : next;
    }
    if (f === 0) return 0;
    const further = failOf(m, f);
    if (further < 0) return -1 - f;
    f = further;
  }
}

/**
 * Sets the state's failure link, first output and next code, and its own output's chain. The
 * next code is set here rather than at load, where it took a loop over every label character.
 */
function finish(m: Matcher, state: number, fail: number): void {
  const at = state << STATE_SHIFT;
  const node = nodeAt(m, state);
  if (node < 0) m.states[at + STATE_NEXT_CODE] = m.codeTable[m.labels.charCodeAt(state)]!;
  const own = node > 0 ? m.nodeOutput[node]! : 0;
  const inherited = m.states[(fail << STATE_SHIFT) + STATE_OUT]!;
  if (own === 0) m.states[at + STATE_OUT] = inherited;
  else {
    m.outputs[own * OUTPUT_STRIDE + OUTPUT_NEXT] = inherited;
    m.states[at + STATE_OUT] = own;
  }
  m.states[at + STATE_FAIL] = fail + 1;
}

/**
 * Finishes `state` and, first, every unfinished state it depends on (all shallower than it):
 * after this, the failure chain and the output chain from `state` are complete.
 */
export function finishState(m: Matcher, state: number): void {
  const stack = [state];
  while (stack.length > 0) {
    const s = stack[stack.length - 1]!;
    if (failOf(m, s) >= 0) {
      stack.pop();
      continue;
    }
    const [parent, code] = parentAndCode(m, s);
    if (failOf(m, parent) < 0) {
      stack.push(parent);
      continue;
    }
    const fail = findFailure(m, parent, code);
    if (fail < 0) {
      stack.push(-1 - fail);
      continue;
    }
    finish(m, s, fail);
    stack.pop();
  }
}

/** Finishes every state at once; a loaded matcher does not need this (see above). */
export function deriveLinks(m: Matcher): void {
  for (let s = 1; s < m.stateCount; s++) if (failOf(m, s) < 0) finishState(m, s);
}
