/**
 * The precomputed automaton as flat typed arrays: what compileDictionary serialises and what a
 * Matcher scans with. Slots are double-array states (see place-double-array.ts); slot 0 is the root.
 */

/**
 * Record flags. FLAG_BOUNDARY_START is informational: the automaton itself never starts a key
 * inside a word (see build-trie.ts).
 */
export const FLAG_BOUNDARY_START = 1;
export const FLAG_BOUNDARY_END = 2;
export const FLAG_ZH = 4;
export const FLAG_EXCLUSION = 8;
export const FLAG_GENERATED = 16;

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

export interface Automaton {
  /** Folded characters of codes FIRST_CODE, FIRST_CODE + 1, …; non-word characters first. */
  readonly alphabet: string;
  /** Slots that hold states: the length of the per-slot arrays base, check, fail, outHead. */
  readonly slotCount: number;
  /**
   * Slot count a Matcher pads its tables to: large enough that base[s] + any code (up to
   * noneWordCode) is a slot, so the scan loop never reads past the end (which would also make V8
   * deoptimise it).
   */
  readonly tableSize: number;
  readonly base: Int32Array;
  /** Parent slot of each slot, -1 when free. */
  readonly check: Int32Array;
  /** Failure slot of each state. */
  readonly fail: Int32Array;
  /**
   * First output (1-based index into `outputs`) reported in each state: the state's own key or
   * the longest key that is a suffix of it; 0 when none.
   */
  readonly outHead: Int32Array;
  /** Per output, OUTPUT_STRIDE ints: key length, first record, record count, next output (0 = end). */
  readonly outputs: Int32Array;
  /** Per record, RECORD_STRIDE ints: flags, index into `exact` or -1, first index into idLists, count. */
  readonly records: Int32Array;
  /** Indices into `ids`. */
  readonly idLists: Int32Array;
  readonly ids: readonly string[];
  /** Case-preserving forms for abbreviation checks. */
  readonly exact: readonly string[];
}
