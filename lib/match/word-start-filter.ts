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
import type { Matcher } from './matcher';

/** Bits in the set; a power of two. 2^16 bits is 8 KB and keeps false positives rare. */
const FILTER_BITS = 1 << 16;
export const WORD_START_MASK = FILTER_BITS - 1;

/** The hash the scanner computes inline; keep both in step (scan-text.ts copies it). */
export function wordStartHash(c1: number, c2: number, c3: number): number {
  return (c1 * 961 + c2 * 31 + c3) & WORD_START_MASK;
}

type FilterTables = Pick<Matcher, 'codeTable' | 'labels' | 'firstEdge' | 'edgeCode' | 'labelStart' | 'nodeOutput'>;

/**
 * Word characters have the codes firstWordCode to noneWordCode (see alphabet.ts). Walks the
 * paths of word characters three deep from the root, over the tree's edges: a few hundred steps,
 * since the tree knows each state's transitions rather than testing every code. A state is named
 * with the edge it is on, so whether it is at a node needs no lookup (the state table knows that
 * only for the states a scan has finished, see derive-links.ts).
 */
export function buildWordStartFilter(m: FilterTables, firstWordCode: number, noneWordCode: number): Int32Array {
  const { codeTable, labels, firstEdge, edgeCode, labelStart, nodeOutput } = m;
  // Below depth three on a path of letters a state's outputs are its own keys (its failure
  // target is the root), so it reports a key exactly when a key ends there: at the end of its
  // edge, whose target node has an output.
  const isTerminal = (edge: number, state: number): boolean => state === labelStart[edge + 1] && nodeOutput[edge + 1] !== 0;
  /** Calls `visit` with the code, edge and state of every transition out of `state` on `edge`. */
  const forEachNext = (edge: number, state: number, visit: (code: number, edge: number, state: number) => void): void => {
    if (state < labelStart[edge + 1]!) {
      visit(codeTable[labels.charCodeAt(state)]!, edge, state + 1);
      return;
    }
    for (let e = firstEdge[edge + 1]!, end = firstEdge[edge + 2]!; e < end; e++) visit(edgeCode[e]!, e, labelStart[e]! + 1);
  };
  const bits = new Int32Array(FILTER_BITS >> 5);
  const set = (c1: number, c2: number, c3: number): void => {
    const h = wordStartHash(c1, c2, c3);
    bits[h >> 5]! |= 1 << (h & 31);
  };
  // A one- or two-letter key may be followed by any letters as far as the filter knows (its own
  // boundary checks come later), so every continuation passes.
  const setAll = (c1: number, c2: number | null): void => {
    for (let a = firstWordCode; a <= noneWordCode; a++) {
      if (c2 !== null) set(c1, c2, a);
      else for (let b = firstWordCode; b <= noneWordCode; b++) set(c1, a, b);
    }
  };
  for (let e1 = firstEdge[0]!, rootEnd = firstEdge[1]!; e1 < rootEnd; e1++) {
    const c1 = edgeCode[e1]!;
    const s1 = labelStart[e1]! + 1;
    if (c1 < firstWordCode) continue;
    if (isTerminal(e1, s1)) {
      setAll(c1, null);
      continue;
    }
    forEachNext(e1, s1, (c2, e2, s2) => {
      if (c2 < firstWordCode) return;
      if (isTerminal(e2, s2)) return setAll(c1, c2);
      forEachNext(e2, s2, (c3) => {
        if (c3 >= firstWordCode) set(c1, c2, c3);
      });
    });
  }
  return bits;
}
