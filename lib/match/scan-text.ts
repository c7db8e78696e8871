/**
 * The hot loop: one pass of charCodeAt over the text, folding through the code table and
 * stepping the Aho–Corasick automaton over the radix tree (automaton.ts). Per character: one
 * table lookup and, when a match may be under way, one typed-array read inside an edge, or a
 * look at a node's few edges (failure steps are amortised). Inside a word with nothing under way
 * it only looks the character up and moves on, because no key may start in the middle of a word
 * (see derive-links.ts). Cost is linear in the text and independent of the dictionary size.
 *
 * Written for V8, which decides the throughput here:
 * - The loop (scanChunk) makes no calls. States that complete a key are buffered as (end, output)
 *   pairs and checked by reportOutputs between chunks; a call inside the loop made V8 keep the
 *   loop's variables in memory and cost about a third of the throughput.
 * - The transition is written out rather than a helper, and the constants are file-local copies:
 *   an imported binding is re-read, with a hole check, on every use.
 */
import type { Candidates } from './candidates';
import { finishState } from './derive-links';
import type { Matcher } from './matcher';
import { reportOutputs } from './report-outputs';

// Copies of CODE_NONE and CODE_SPACE (alphabet.ts) and of the state layout (matcher.ts).
const CODE_NONE = 0;
const CODE_SPACE = 2;
const SHIFT = 2;
const NEXT_CODE = 0;
const FAIL = 1;
const OUT = 2;
const NODE = 3;

// Copy of WORD_START_MASK (word-start-filter.ts).
const WORD_START_MASK = 0xffff;

/** Kind of the previous character of the folded text. */
const OTHER = 0;
const WORD = 1;
const SPACE_RUN = 2;

/** Characters per chunk; a chunk buffers at most one (end, output) pair per character. */
const CHUNK = 4096;

/** Scanner state carried from one chunk to the next: [automaton state, previous kind]. */
type Cursor = Int32Array;

/** Scans text[from, to), appending (end, output) pairs to `pending`; returns their count × 2. */
function scanChunk(matcher: Matcher, text: string, from: number, to: number, cursor: Cursor, pending: Int32Array): number {
  const { codeTable, firstWordCode, wordStarts, states, rootNext, labelStart, firstEdge, edgeCode } = matcher;
  const length = text.length;
  let state = cursor[0]!;
  let previous = cursor[1]!;
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = codeTable[text.charCodeAt(i)]!;
    // The root may start a key here unless a word character follows a word character.
    let rootStarts = true;
    if (code >= firstWordCode) {
      if (previous === WORD) {
        if (state === 0) continue; // inside a word with nothing under way
        rootStarts = false;
      } else if (state === 0 && i + 2 < length) {
        // A word starts with nothing under way: unless its first three letters begin some key,
        // skip it whole (see word-start-filter.ts; the hash is wordStartHash written out).
        const c2 = codeTable[text.charCodeAt(i + 1)]!;
        const c3 = codeTable[text.charCodeAt(i + 2)]!;
        if (c2 >= firstWordCode && c3 >= firstWordCode) {
          const h = (code * 961 + c2 * 31 + c3) & WORD_START_MASK;
          if ((wordStarts[h >> 5]! & (1 << (h & 31))) === 0) {
            i += 2;
            previous = WORD; // the rest of the word is skipped by the test above
            continue;
          }
        }
      }
      previous = WORD;
    } else if (code > CODE_SPACE) {
      previous = OTHER;
    } else if (code === CODE_SPACE) {
      // A whitespace run is consumed as its first character; no key starts with a space.
      if (previous === SPACE_RUN || state === 0) {
        previous = SPACE_RUN;
        continue;
      }
      previous = SPACE_RUN;
    } else {
      if (code === CODE_NONE) {
        // No key contains this character, so every partial match dies here.
        state = 0;
        previous = OTHER;
      }
      continue; // CODE_NONE, or an ignorable mark that leaves everything as it was
    }
    for (;;) {
      // The transition (stepState, written out): at the root, a table lookup; inside an edge,
      // the next label character (set, as every state the scan is in is finished; code is never
      // 0 here); at another node, one of its few edges.
      let next = -1;
      if (state === 0) {
        const child = rootNext[code]!;
        if (child !== 0) next = child;
      } else {
        const expected = states[(state << SHIFT) + NEXT_CODE]!;
        if (expected === code) {
          next = state + 1;
        } else if (expected === 0) {
          const node = states[(state << SHIFT) + NODE]! - 1;
          for (let e = firstEdge[node]!, end = firstEdge[node + 1]!; e < end; e++) {
            if (edgeCode[e] === code) {
              next = labelStart[e]! + 1;
              break;
            }
          }
        }
      }
      if (next >= 0) {
        state = next;
        // A loaded dictionary gets its failure links on first use (derive-links.ts).
        if (states[(state << SHIFT) + FAIL] === 0) finishState(matcher, state);
        break;
      }
      if (state === 0) break;
      state = states[(state << SHIFT) + FAIL]! - 1;
      if (state === 0 && !rootStarts) break;
    }
    if (state === 0) continue;
    const output = states[(state << SHIFT) + OUT]!;
    if (output !== 0) {
      pending[count] = i + 1;
      pending[count + 1] = output;
      count += 2;
    }
  }
  cursor[0] = state;
  cursor[1] = previous;
  return count;
}

export function scanText(matcher: Matcher, text: string, out: Candidates): void {
  const cursor: Cursor = new Int32Array([0, OTHER]);
  const pending = new Int32Array(2 * CHUNK);
  for (let from = 0; from < text.length; from += CHUNK) {
    const count = scanChunk(matcher, text, from, Math.min(text.length, from + CHUNK), cursor, pending);
    for (let k = 0; k < count; k += 2) reportOutputs(matcher, text, pending[k]!, pending[k + 1]!, out);
  }
}
