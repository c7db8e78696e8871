/**
 * A loaded dictionary, ready to scan. Treat it as opaque: its fields are the automaton's tables
 * (see automaton.ts) in the exact form the scan loop reads them.
 */

/**
 * Fields of a state in `states`, interleaved so that a transition, its failure step and its
 * output test touch one cache line; with three separate arrays the scan was about 15% slower.
 * Each field is stored so that 0 is its starting value, so the table needs no fill at load.
 */
/** The code of the next label character when the state is inside an edge, once finished; else 0. */
export const STATE_NEXT_CODE = 0;
/** The failure state + 1; 0 until derived (derive-links.ts). */
export const STATE_FAIL = 1;
/** The first output reported there (its own key's, or the longest suffix key's); 0 when none. */
export const STATE_OUT = 2;
/** The node + 1 when the state is at a node (1 for the root), -1 inside an edge; 0 until asked (state-fields.ts). */
export const STATE_NODE = 3;
/** log2 of the state stride (4 ints per state). */
export const STATE_SHIFT = 2;

/** What a Matcher is made from, whether freshly built or decoded. */
export interface MatcherTables {
  readonly alphabet: string;
  /** Edge labels, folded, one after another in edge order; " " stands for any whitespace run. */
  readonly labels: string;
  /** Per node n, and one more: node n's edges are firstEdge[n] to firstEdge[n + 1] - 1. */
  readonly firstEdge: Int32Array;
  /** Per edge e, and one more: edge e's label is labels[labelStart[e], labelStart[e + 1]). */
  readonly labelStart: Int32Array;
  /** Per node: the output of the key that ends there (1-based index into outputs), or 0. */
  readonly nodeOutput: Int32Array;
  /** Per output, OUTPUT_STRIDE ints: key length, first record, record count, next output (0 = end). */
  readonly outputs: Int32Array;
  /** Per record, RECORD_STRIDE ints: flags, index into `exact` or -1, first index into idLists, count. */
  readonly records: Int32Array;
  /** Indices into `ids`. */
  readonly idLists: Int32Array;
  readonly ids: readonly string[];
  /** Case-preserving forms for abbreviation checks. */
  readonly exact: readonly string[];
  /** Pairs "TSTS…": a text's character T reads as the alphabet's S (see code-table.ts). */
  readonly variantChars?: string;
}

/**
 * The scan derives failure links and output chains per state as it first enters it
 * (derive-links.ts), so `fail`, `out` and the outputs' next fields change during a matcher's first
 * scans; the results never do.
 */
export interface Matcher extends MatcherTables {
  /** Raw UTF-16 code unit → alphabet code, folding included (see code-table.ts). */
  readonly codeTable: Uint16Array;
  /** Codes at or above this one are word characters. */
  readonly firstWordCode: number;
  /** First words of keys, as a bit set of their hashes (see word-start-filter.ts). */
  readonly wordStarts: Int32Array;
  /** What may follow a key's first word, as a bit set of hashes (see word-start-filter.ts). */
  readonly wordNexts: Int32Array;
  /** Per code: 1 when every word that begins with it may begin a key (see word-start-filter.ts). */
  readonly openStarts: Uint8Array;
  /** Per edge: the code of its first character. */
  readonly edgeCode: Uint16Array;
  /** Per code: the state the root goes to on it, or 0 (the root is no one's child). */
  readonly rootNext: Int32Array;
  /**
   * Per state s, at s << STATE_SHIFT, the STATE_ fields above. The next code and the failure
   * link are set when the state is finished, which the scan does on entering it, so every state
   * the scan is in has them.
   */
  readonly states: Int32Array;
  /** Per record, its ids once first needed (see record-ids.ts). */
  readonly recordIds: (readonly string[] | undefined)[];
  /** Distinct ids, nodes and states, for diagnostics. */
  readonly idCount: number;
  readonly nodeCount: number;
  readonly stateCount: number;
}
