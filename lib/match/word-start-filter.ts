/**
 * Two bit sets of hashes that let the scanner pass over nearly every word of a page without
 * stepping the automaton. Most words of an article ("to", "the", "companies", "security") walk a
 * few states into the automaton before failing back to the root, and those steps were most of
 * the scan's cost. With the filter, a word that starts with nothing under way is hashed as the
 * scanner reads it, and skipped whole unless its hash is some key's first word (`wordStarts`) and
 * what follows it in the text may follow that word in a key (`wordNexts`): "data" passes the
 * first test, but "data classification" fails the second where only "Data Security Law" is a key.
 * On 2 MB of article text with the bundled dictionary, 2% of words pass both.
 *
 * The skip never changes the result. A key that starts at a word start (no key starts anywhere
 * else, see derive-links.ts) begins with a run of word characters, its first word. Where that run
 * is followed, in the key, by a non-word character, the text's word must end at the same place;
 * where the key is that run alone, its end-boundary check demands the same. So the text's word is
 * exactly some key's first word, and the text goes on after it as the key does: the key ends
 * there, or the same non-word character follows, or whitespace and the same character after it
 * (a whitespace run matches one space in a key). The one exception is a key made of word
 * characters alone that has no end boundary (a Chinese name written in Latin letters, an
 * exclusion): it may end inside a word, so every word that begins with its first code passes
 * (`openStarts`). Ignorable marks (soft hyphen, zero-width) are skipped in the hash as the
 * automaton skips them. False positives only cost the ordinary automaton steps. Derived from the
 * automaton when a dictionary is compiled and shipped with it (filter-codes.ts); the skip is
 * exact only for a filter that matches its tree, and a corrupt one can only make names go unfound.
 */
import { CODE_SPACE } from './alphabet';
import { FLAG_BOUNDARY_END, OUTPUT_FIRST_RECORD, OUTPUT_RECORD_COUNT, OUTPUT_STRIDE, RECORD_FLAGS, RECORD_STRIDE } from './automaton';
import type { Matcher } from './matcher';

/** Bits in the set; a power of two. 2^16 bits is 8 KB and keeps false positives rare. */
const FILTER_BITS = 1 << 16;
export const WORD_START_MASK = FILTER_BITS - 1;

/** The next hash of a word after its next word code; the scanner writes it out (scan-text.ts). */
export function nextWordHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** The bit a word's hash sets; the scanner writes it out (scan-text.ts). */
export function wordHashBit(hash: number): number {
  return (hash ^ (hash >>> 16)) & WORD_START_MASK;
}

export interface WordStartFilter {
  /** Bit wordHashBit(h) is set when h is the hash of some key's first word. */
  readonly wordStarts: Int32Array;
  /**
   * What may follow a key's first word, for the words that pass `wordStarts`: bit wordHashBit of
   * the word's hash extended (nextWordHash) with code 0 when a key may end with the word, with
   * the next code when it is not whitespace, or with CODE_SPACE and the code after the whitespace.
   */
  readonly wordNexts: Int32Array;
  /** Per code: 1 when every word that begins with it must pass (see above). */
  readonly openStarts: Uint8Array;
}

export type FilterTables = Pick<Matcher, 'codeTable' | 'labels' | 'firstEdge' | 'edgeCode' | 'labelStart' | 'nodeOutput' | 'outputs' | 'records'>;

/**
 * Word characters have codes from firstWordCode up (see alphabet.ts). Walks every path of word
 * characters from the root over the tree's edges, as far as the first word of a key goes, and
 * the one or two steps after it: under a thousand steps for the bundled dictionary. A state is
 * named with the edge it is on, so whether it is at a node needs no lookup (the state table knows
 * that only for the states a scan has finished, see derive-links.ts).
 */
export function buildWordStartFilter(m: FilterTables, firstWordCode: number, codeCount: number): WordStartFilter {
  const { codeTable, labels, firstEdge, edgeCode, labelStart, nodeOutput, outputs, records } = m;
  const wordStarts = new Int32Array(FILTER_BITS >> 5);
  const wordNexts = new Int32Array(FILTER_BITS >> 5);
  const openStarts = new Uint8Array(codeCount);
  const add = (bits: Int32Array, hash: number): void => {
    const bit = wordHashBit(hash);
    bits[bit >> 5]! |= 1 << (bit & 31);
  };
  /** Whether some key ending at the node may end inside a word of the text. */
  const endsOpen = (node: number): boolean => {
    const at = nodeOutput[node]! * OUTPUT_STRIDE;
    const first = outputs[at + OUTPUT_FIRST_RECORD]!;
    for (let r = first, end = first + outputs[at + OUTPUT_RECORD_COUNT]!; r < end; r++) {
      if ((records[r * RECORD_STRIDE + RECORD_FLAGS]! & FLAG_BOUNDARY_END) === 0) return true;
    }
    return false;
  };
  /** Adds the hash extended with each code that may come after state `state` on edge `edge`. */
  const addFollowers = (hash: number, edge: number, state: number): void => {
    if (state < labelStart[edge + 1]!) {
      add(wordNexts, nextWordHash(hash, codeTable[labels.charCodeAt(state)]!));
      return;
    }
    for (let e = firstEdge[edge + 1]!, end = firstEdge[edge + 2]!; e < end; e++) add(wordNexts, nextWordHash(hash, edgeCode[e]!));
  };
  /** The first word (so far hash) ends before `code`, a non-word character at state `state` on `edge`. */
  const endWord = (hash: number, code: number, edge: number, state: number): void => {
    add(wordStarts, hash);
    if (code !== CODE_SPACE) {
      add(wordNexts, nextWordHash(hash, code));
      return;
    }
    // Folded keys never end in a space, but a compiled form could hold one that does: it then
    // ends with the word as far as the scanner's look past the whitespace can tell.
    if (state + 1 === labelStart[edge + 1] && nodeOutput[edge + 1] !== 0) add(wordNexts, nextWordHash(hash, 0));
    addFollowers(nextWordHash(hash, CODE_SPACE), edge, state + 1);
  };
  // Depth-first over the edges that continue a first word: [edge, hash including its first
  // code, the word's first code]. Along an edge's label there is one way on, so the walk there is
  // a plain loop; first words are short, so the stack stays small.
  const stack: number[] = [];
  for (let e = firstEdge[0]!, rootEnd = firstEdge[1]!; e < rootEnd; e++) {
    const code = edgeCode[e]!;
    if (code >= firstWordCode) stack.push(e, code, code);
  }
  while (stack.length > 0) {
    const firstCode = stack.pop()!;
    let hash = stack.pop()!;
    const edge = stack.pop()!;
    const end = labelStart[edge + 1]!;
    let state = labelStart[edge]! + 1;
    for (; state < end; state++) {
      const code = codeTable[labels.charCodeAt(state)]!;
      if (code < firstWordCode) break;
      hash = (Math.imul(hash, 31) + code) | 0; // nextWordHash, written out: this loop runs cold at load
    }
    if (state < end) {
      endWord(hash, codeTable[labels.charCodeAt(state)]!, edge, state);
      continue;
    }
    // At the node the edge leads to: a key may end here, and each edge out goes on or ends the word.
    const node = edge + 1;
    if (nodeOutput[node] !== 0) {
      if (endsOpen(node)) openStarts[firstCode] = 1;
      add(wordStarts, hash);
      add(wordNexts, nextWordHash(hash, 0));
    }
    for (let e = firstEdge[node]!, last = firstEdge[node + 1]!; e < last; e++) {
      const code = edgeCode[e]!;
      if (code >= firstWordCode) stack.push(e, nextWordHash(hash, code), firstCode);
      else endWord(hash, code, e, labelStart[e]!);
    }
  }
  return { wordStarts, wordNexts, openStarts };
}
