/**
 * A bit set of the three-letter beginnings of keys, so the scanner can pass over most words
 * without stepping the automaton at all. Most words of an article ("the", "and", "companies")
 * walk two or three states into the automaton before failing back to the root, and those steps
 * were most of the scan's cost. With the filter, a word that starts at the root with three word
 * characters whose hash is not in the set is skipped whole.
 *
 * The skip never changes the result: a key that starts at a word start must begin with that
 * word's first three codes, or be shorter than three codes (those keys' first letters are
 * entered for every continuation, below). False positives only cost the ordinary automaton
 * steps. Derived from the automaton at load, so nothing extra is shipped.
 */
import { NODE_CHECK, NODE_OUT, NODE_SHIFT } from './matcher';

/** Bits in the set; a power of two. 2^16 bits is 8 KB and keeps false positives rare. */
const FILTER_BITS = 1 << 16;
export const WORD_START_MASK = FILTER_BITS - 1;

/** The hash the scanner computes inline; keep both in step (scan-text.ts copies it). */
export function wordStartHash(c1: number, c2: number, c3: number): number {
  return (c1 * 961 + c2 * 31 + c3) & WORD_START_MASK;
}

function childOf(nodes: Int32Array, state: number, code: number): number {
  const next = nodes[state << NODE_SHIFT]! + code;
  return nodes[(next << NODE_SHIFT) + NODE_CHECK] === state ? next : 0;
}

/**
 * Word characters have the codes firstWordCode to noneWordCode (see alphabet.ts). Runs once per
 * page, mostly before V8 optimises anything, so the innermost loop is written out: with a call
 * per candidate it took 1.7 ms of a fresh page's load.
 */
export function buildWordStartFilter(nodes: Int32Array, firstWordCode: number, noneWordCode: number): Int32Array {
  // Below depth three on a path of letters a state's outputs are its own keys (its failure
  // target is the root), so a non-zero output means a key ends there.
  const isTerminal = (state: number): boolean => nodes[(state << NODE_SHIFT) + NODE_OUT] !== 0;
  const bits = new Int32Array(FILTER_BITS >> 5);
  for (let c1 = firstWordCode; c1 <= noneWordCode; c1++) {
    const s1 = childOf(nodes, 0, c1);
    if (s1 === 0) continue;
    const s1Terminal = isTerminal(s1);
    for (let c2 = firstWordCode; c2 <= noneWordCode; c2++) {
      const s2 = s1Terminal ? -1 : childOf(nodes, s1, c2);
      if (s2 === 0) continue;
      // A one- or two-letter key may be followed by any letters as far as the filter knows
      // (its own boundary checks come later), so every continuation passes.
      const anyThird = s2 === -1 || isTerminal(s2);
      const base = anyThird ? 0 : nodes[s2 << NODE_SHIFT]!;
      const prefix = c1 * 961 + c2 * 31; // wordStartHash, written out
      for (let c3 = firstWordCode; c3 <= noneWordCode; c3++) {
        if (anyThird || nodes[((base + c3) << NODE_SHIFT) + NODE_CHECK] === s2) {
          const h = (prefix + c3) & WORD_START_MASK;
          bits[h >> 5]! |= 1 << (h & 31);
        }
      }
    }
  }
  return bits;
}
