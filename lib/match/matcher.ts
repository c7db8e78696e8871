/**
 * A loaded dictionary, ready to scan. Treat it as opaque: its fields are the automaton's tables
 * in the exact form the scan loop reads them.
 */

/**
 * Fields of a state in `nodes`, interleaved so that a transition, its failure step and its output
 * test touch one cache line. (Splitting off fail and outHead to fit eight states in a line was
 * measured slower: failure steps then miss the cache.)
 */
export const NODE_BASE = 0;
export const NODE_CHECK = 1;
export const NODE_FAIL = 2;
export const NODE_OUT = 3;
/** log2 of the node stride (4 ints per state). */
export const NODE_SHIFT = 2;
export const NODE_STRIDE = 1 << NODE_SHIFT;

/** What a Matcher is made from, whether freshly built or decoded. */
export interface MatcherTables {
  readonly alphabet: string;
  readonly slotCount: number;
  /**
   * Per slot s, at s << NODE_SHIFT: base, check (parent slot, or -1 when free), failure slot and
   * first output (see automaton.ts). Padded with free slots so that base + any code is a slot.
   */
  readonly nodes: Int32Array;
  readonly outputs: Int32Array;
  readonly records: Int32Array;
  readonly idLists: Int32Array;
  readonly ids: readonly string[];
  readonly exact: readonly string[];
}

/**
 * The scan finishes states of a loaded dictionary as it enters them (derive-links.ts), so a
 * Matcher's `nodes` and `outputs` change during its first scans; the results never do.
 */
export interface Matcher {
  /** Raw UTF-16 code unit → alphabet code, folding included (see code-table.ts). */
  readonly codeTable: Uint16Array;
  /** Codes at or above this one are word characters. */
  readonly firstWordCode: number;
  readonly nodes: Int32Array;
  /** Three-letter beginnings of keys, as a bit set (see word-start-filter.ts). */
  readonly wordStarts: Int32Array;
  readonly outputs: Int32Array;
  readonly records: Int32Array;
  readonly idLists: Int32Array;
  readonly ids: readonly string[];
  /** Per record, its ids once first needed (see record-ids.ts). */
  readonly recordIds: (readonly string[] | undefined)[];
  readonly exact: readonly string[];
  /** Distinct ids and states, for diagnostics. */
  readonly idCount: number;
  readonly stateCount: number;
}
