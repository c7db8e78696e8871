/**
 * Loading, second pass: the per-edge and per-state tables the scan steps with (see matcher.ts).
 * One step per edge, which also checks that no two edges of a node start with the same code (the
 * automaton would not be deterministic). The 14,000 label characters are never looped over in
 * JavaScript: a page's first milliseconds run cold code, where such a loop cost 2–5 ms. Native
 * RegExp tests check them against the alphabet instead, and the scan reads them from the
 * labels string as it goes. Cheap enough to run for freshly built tables too, which are valid by
 * construction.
 */
import { CODE_SPACE, type AlphabetCodes } from './alphabet';
import { invalidCompiled } from './invalid-compiled';
import { STATE_NODE, STATE_SHIFT, type MatcherTables } from './matcher';

export interface StateIndex {
  readonly edgeCode: Uint16Array;
  readonly rootNext: Int32Array;
  /** The state table of matcher.ts: the root's node field set, everything else 0 (still to be derived). */
  readonly states: Int32Array;
}

/** Characters that are special inside a RegExp character class. */
const CLASS_SPECIALS = /[\\\]^-]/g;
const ASCII_RUNS = /[\0-\x7f]+/g;
const NON_ASCII_RUNS = /[^\0-\x7f]+/g;

function classOf(chars: string): string {
  return chars.replace(CLASS_SPECIALS, '\\$&');
}

/**
 * Whether every label character is one of the alphabet's or a space. In two native tests: ASCII
 * characters against the alphabet's ASCII part, then the rest against the rest. One class mixing
 * both made V8 test every character against all the Chinese ranges: 5 ms on the 292,000 label
 * characters of 10,000 names, against under 1 ms for the two.
 */
function labelsInAlphabet(labels: string, alphabet: string): boolean {
  const ascii = alphabet.replace(NON_ASCII_RUNS, '');
  if (new RegExp(`[^ ${classOf(ascii)}\\u0080-\\uffff]`).test(labels)) return false;
  const rest = labels.replace(ASCII_RUNS, '');
  // With no other characters in the alphabet, the class [^] matches any character, as it must.
  return rest === '' || !new RegExp(`[^${classOf(alphabet.replace(ASCII_RUNS, ''))}]`).test(rest);
}

export function indexStates(t: MatcherTables, codeTable: Uint16Array, codes: AlphabetCodes): StateIndex {
  const { labels, labelStart, firstEdge } = t;
  if (!labelsInAlphabet(labels, t.alphabet)) invalidCompiled('a label character outside the alphabet');
  const edgeCount = labelStart.length - 1;
  const edgeCode = new Uint16Array(edgeCount);
  const rootNext = new Int32Array(codes.noneWordCode + 1);
  const states = new Int32Array((labels.length + 1) << STATE_SHIFT);
  states[STATE_NODE] = 1; // the root
  /** Per code, the last node that had an edge starting with it (node + 1), to catch duplicates. */
  const seen = new Int32Array(codes.noneWordCode + 1);
  const nodeCount = firstEdge.length - 1;
  for (let n = 0; n < nodeCount; n++) {
    for (let e = firstEdge[n]!, end = firstEdge[n + 1]!; e < end; e++) {
      const code = codeTable[labels.charCodeAt(labelStart[e]!)]!;
      if (seen[code] === n + 1) invalidCompiled('two edges of a node start alike');
      seen[code] = n + 1;
      // No key starts with a space: the scan never leaves the root on one.
      if (n === 0) {
        if (code === CODE_SPACE) invalidCompiled('a key starts with a space');
        rootNext[code] = labelStart[e]! + 1;
      }
      edgeCode[e] = code;
    }
  }
  return { edgeCode, rootNext, states };
}
