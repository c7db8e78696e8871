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
import { nodeAt } from './state-fields';
import { forEachTransition } from './step-state';

/** Bits in the set; a power of two. 2^16 bits is 8 KB and keeps false positives rare. */
const FILTER_BITS = 1 << 16;
export const WORD_START_MASK = FILTER_BITS - 1;

/** The hash the scanner computes inline; keep both in step (scan-text.ts copies it). */
export function wordStartHash(c1: number, c2: number, c3: number): number {
  return (c1 * 961 + c2 * 31 + c3) & WORD_START_MASK;
}

type FilterTables = Pick<Matcher, 'codeTable' | 'labels' | 'states' | 'rootNext' | 'firstEdge' | 'edgeCode' | 'labelStart' | 'nodeOutput'>;

/**
 * Word characters have the codes firstWordCode to noneWordCode (see alphabet.ts). Walks the
 * paths of word characters three deep from the root: a few hundred steps, since the tree knows
 * each state's transitions rather than testing every code.
 */
export function buildWordStartFilter(m: FilterTables, firstWordCode: number, noneWordCode: number): Int32Array {
  // Below depth three on a path of letters a state's outputs are its own keys (its failure
  // target is the root), so it reports a key exactly when a key ends there.
  const isTerminal = (state: number): boolean => {
    const node = nodeAt(m, state);
    return node > 0 && m.nodeOutput[node] !== 0;
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
  forEachTransition(m, 0, (c1, s1) => {
    if (c1 < firstWordCode) return;
    if (isTerminal(s1)) return setAll(c1, null);
    forEachTransition(m, s1, (c2, s2) => {
      if (c2 < firstWordCode) return;
      if (isTerminal(s2)) return setAll(c1, c2);
      forEachTransition(m, s2, (c3) => {
        if (c3 >= firstWordCode) set(c1, c2, c3);
      });
    });
  });
  return bits;
}
