/**
 * Each state's Aho–Corasick failure link (with the start-boundary rule of build-trie.ts) and its
 * first output, which the compiled form leaves out. For a state where a key ends, the output it
 * owns then gets its chain: the failure target's first output.
 *
 * A loaded dictionary derives them on first use: the scan finishes each state it enters that is
 * not finished yet (finishState), with the states it depends on. A page reaches a small share
 * of the states (a few hundred of 14,000 on an article), and deriving all of them at load was
 * about a third of the load time of a fresh content script. deriveLinks finishes every state at
 * once, for tests and diagnostics.
 *
 * A state's parent lies in an earlier slot, but its failure target and the states on the way
 * there may lie anywhere; finishState finishes those first, on a stack. Failure links are
 * computed rather than read, so each points to a shallower state: no failure chain and no output
 * chain can loop.
 *
 * On entry, a state's failure field holds -(depth + 1) (decode-shape.ts), so a negative value
 * means "not finished yet"; the root's is 0.
 */
import { OUTPUT_NEXT, OUTPUT_STRIDE } from './automaton';
import { NODE_BASE, NODE_CHECK, NODE_FAIL, NODE_OUT, NODE_SHIFT } from './matcher';

/**
 * The failure target of `state`, or, when a state it depends on is not finished yet, -1 - that
 * state. The parent must be finished.
 */
function findFailure(nodes: Int32Array, state: number, firstWordCode: number): number {
  const parent = nodes[(state << NODE_SHIFT) + NODE_CHECK]!;
  if (parent === 0) return 0; // children of the root fail to the root
  const parentAt = parent << NODE_SHIFT;
  const code = state - nodes[parentAt + NODE_BASE]!;
  const grandparent = nodes[parentAt + NODE_CHECK]!;
  // Starting afresh at this character is allowed unless it is a word character right after one.
  const rootAllowed = code < firstWordCode || parent - nodes[(grandparent << NODE_SHIFT) + NODE_BASE]! < firstWordCode;
  for (let f = nodes[parentAt + NODE_FAIL]!; ; ) {
    if (f !== 0 || rootAllowed) {
      const next = nodes[(f << NODE_SHIFT) + NODE_BASE]! + code;
      if (nodes[(next << NODE_SHIFT) + NODE_CHECK] === f) return nodes[(next << NODE_SHIFT) + NODE_FAIL]! < 0 ? -1 - next : next;
    }
    if (f === 0) return 0;
    const further = nodes[(f << NODE_SHIFT) + NODE_FAIL]!;
    if (further < 0) return -1 - f;
    f = further;
  }
}

/** Sets the state's failure link and first output, and its own output's chain. */
function finish(nodes: Int32Array, outputs: Int32Array, state: number, fail: number): void {
  const at = state << NODE_SHIFT;
  const inherited = nodes[(fail << NODE_SHIFT) + NODE_OUT]!;
  const own = nodes[at + NODE_OUT]!;
  if (own === 0) nodes[at + NODE_OUT] = inherited;
  else outputs[own * OUTPUT_STRIDE + OUTPUT_NEXT] = inherited;
  nodes[at + NODE_FAIL] = fail;
}

/**
 * Finishes `state` and, first, every unfinished state it depends on (all shallower than it):
 * after this, the failure chain and the output chain from `state` are complete.
 */
export function finishState(nodes: Int32Array, outputs: Int32Array, state: number, firstWordCode: number): void {
  const stack = [state];
  while (stack.length > 0) {
    const s = stack[stack.length - 1]!;
    if (nodes[(s << NODE_SHIFT) + NODE_FAIL]! >= 0) {
      stack.pop();
      continue;
    }
    const parent = nodes[(s << NODE_SHIFT) + NODE_CHECK]!;
    if (nodes[(parent << NODE_SHIFT) + NODE_FAIL]! < 0) {
      stack.push(parent);
      continue;
    }
    const fail = findFailure(nodes, s, firstWordCode);
    if (fail < 0) {
      stack.push(-1 - fail);
      continue;
    }
    finish(nodes, outputs, s, fail);
    stack.pop();
  }
}

/** Finishes every state at once; a loaded matcher does not need this (see above). */
export function deriveLinks(nodes: Int32Array, outputs: Int32Array, slotCount: number, firstWordCode: number): void {
  for (let s = 1; s < slotCount; s++) {
    const at = s << NODE_SHIFT;
    if (nodes[at + NODE_CHECK] !== -1 && nodes[at + NODE_FAIL]! < 0) finishState(nodes, outputs, s, firstWordCode);
  }
}
