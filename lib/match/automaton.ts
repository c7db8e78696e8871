/**
 * The automaton's layout, shared by compile time and run time.
 *
 * The trie of keys is stored compressed, as a radix tree: a node wherever keys branch or end,
 * and between nodes one edge labelled with the characters of the chain. The bundled dictionary
 * has 14,000 trie characters but under 700 such nodes, so loading it means reading a few hundred
 * nodes rather than laying out 14,000 states. Nodes are numbered breadth first and edges in the
 * order of their source nodes, so edge e always leads to node e + 1, and the labels are
 * concatenated in edge order.
 *
 * The Aho–Corasick states are still the trie's characters: state 0 is the root, and state k + 1
 * the one reached by reading label character k. A state at the end of an edge is at a node;
 * every other state has exactly one way on, the next label character.
 */

/**
 * Record flags. FLAG_BOUNDARY_START is informational: the automaton itself never starts a key
 * inside a word (see derive-links.ts).
 */
export const FLAG_BOUNDARY_START = 1;
export const FLAG_BOUNDARY_END = 2;
export const FLAG_ZH = 4;
export const FLAG_EXCLUSION = 8;
export const FLAG_GENERATED = 16;
/** The checks that, with the key, make a spelling (collect-patterns.ts): a variant gives way to an own spelling with the same. */
export const SPELLING_CHECKS = FLAG_BOUNDARY_START | FLAG_BOUNDARY_END | FLAG_ZH;
/**
 * Not record flags (records keep five bits, see record-codes.ts): set by the scan on a hit of a
 * phrase name or of an abbreviation, so the mention can say it is one.
 */
export const HIT_PHRASE = 32;
export const HIT_ABBREVIATION = 64;

/** Field offsets and stride of the `outputs` table. */
export const OUTPUT_LENGTH = 0;
export const OUTPUT_FIRST_RECORD = 1;
export const OUTPUT_RECORD_COUNT = 2;
export const OUTPUT_NEXT = 3;
export const OUTPUT_STRIDE = 4;

/** Field offsets and stride of the `records` table. */
export const RECORD_FLAGS = 0;
export const RECORD_EXACT = 1;
export const RECORD_FIRST_ID = 2;
export const RECORD_ID_COUNT = 3;
export const RECORD_STRIDE = 4;
