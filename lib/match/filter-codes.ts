/**
 * The word-start filter (word-start-filter.ts) in the compiled form. Deriving it walks the tree
 * from the root, a thousand-odd steps that a fresh page runs in V8's interpreter: about 0.9 ms
 * of every page load for the bundled dictionary, against about 1 KB shipped as the gaps between
 * its few hundred set bits.
 */
import { invalidCompiled } from './invalid-compiled';
import { WORD_START_MASK, type WordStartFilter } from './word-start-filter';

export interface EncodedFilter {
  /** Gaps between the set bits of `wordStarts`, in increasing order (the first is the bit itself). */
  readonly wordStarts: number[];
  /** The same for `wordNexts`. */
  readonly wordNexts: number[];
  /** The codes whose openStarts entry is 1, in increasing order. */
  readonly openStarts: number[];
}

function gapsOf(bits: Int32Array): number[] {
  const gaps: number[] = [];
  let previous = 0;
  for (let word = 0; word < bits.length; word++) {
    for (let bit = 0; bit < 32; bit++) {
      if ((bits[word]! & (1 << bit)) === 0) continue;
      const index = (word << 5) | bit;
      gaps.push(index - previous);
      previous = index;
    }
  }
  return gaps;
}

export function encodeFilter(filter: WordStartFilter): EncodedFilter {
  const openStarts: number[] = [];
  filter.openStarts.forEach((open, code) => open !== 0 && openStarts.push(code));
  return { wordStarts: gapsOf(filter.wordStarts), wordNexts: gapsOf(filter.wordNexts), openStarts };
}

/** Gaps → bit set; the values are counts already (count-list.ts), so only their sum is checked. */
function bitsOf(gaps: readonly number[]): Int32Array {
  const bits = new Int32Array((WORD_START_MASK + 1) >> 5);
  let index = 0;
  for (let i = 0; i < gaps.length; i++) {
    index += gaps[i]!;
    if (index > WORD_START_MASK || (i > 0 && gaps[i] === 0)) invalidCompiled('a filter bit out of order or out of range');
    bits[index >> 5]! |= 1 << (index & 31);
  }
  return bits;
}

export function decodeFilter(encoded: EncodedFilter, codeCount: number): WordStartFilter {
  const openStarts = new Uint8Array(codeCount);
  for (const code of encoded.openStarts) {
    if (code >= codeCount) invalidCompiled('a filter code outside the alphabet');
    openStarts[code] = 1;
  }
  return { wordStarts: bitsOf(encoded.wordStarts), wordNexts: bitsOf(encoded.wordNexts), openStarts };
}
