/**
 * The hot loop: one pass of charCodeAt over the text, folding through the code table. It runs
 * in two modes. With nothing under way, it reads whole words, hashing each as it goes, and steps
 * the automaton only at a word that is the first word of some key and is followed as some key
 * goes on (word-start-filter.ts), or at a non-word character some key starts with: in an article
 * about 2% of words. Then it steps the Aho–Corasick automaton over the radix tree (automaton.ts)
 * until it falls back to the root: per character one typed-array read inside an edge, or a look
 * at a node's few edges (failure steps are amortised). No key starts in the middle of a word
 * (see derive-links.ts), so a word is always read whole in the first mode. Cost is linear in the
 * text and independent of the dictionary size.
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

// Copies of CODE_NONE, CODE_IGNORABLE and CODE_SPACE (alphabet.ts) and of the state layout (matcher.ts).
const CODE_NONE = 0;
const CODE_IGNORABLE = 1;
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

/** Scanner state carried from one chunk to the next: [automaton state, previous kind, next position]. */
type Cursor = Int32Array;

/**
 * Scans text from `from` until `to`, appending (end, output) pairs to `pending`; returns their
 * count × 2 and leaves in the cursor where the next chunk starts (a skipped word may run past `to`).
 */
function scanChunk(matcher: Matcher, text: string, from: number, to: number, cursor: Cursor, pending: Int32Array): number {
  const { codeTable, firstWordCode, wordStarts, wordNexts, openStarts, states, rootNext, labelStart, firstEdge, edgeCode } = matcher;
  const length = text.length;
  let state = cursor[0]!;
  let previous = cursor[1]!;
  let count = 0;
  let i = from;
  while (i < to) {
    if (state === 0) {
      // Nothing under way, and i is never inside a word here: look for the next character where
      // a key may start. A word is hashed as it is read and skipped whole unless it is the first
      // word of some key (see word-start-filter.ts; nextWordHash and wordHashBit written out).
      for (; i < to; i++) {
        const code = codeTable[text.charCodeAt(i)]!;
        if (code >= firstWordCode) {
          if (openStarts[code] !== 0) break;
          let hash = code;
          let j = i + 1;
          let after = CODE_NONE; // the code at j, once the word ends before the text does
          for (; j < length; j++) {
            after = codeTable[text.charCodeAt(j)]!;
            if (after >= firstWordCode) hash = (Math.imul(hash, 31) + after) | 0;
            else if (after !== CODE_IGNORABLE) break;
          }
          let bit = (hash ^ (hash >>> 16)) & WORD_START_MASK;
          if ((wordStarts[bit >> 5]! & (1 << (bit & 31))) !== 0) {
            // The first word of some key: pass if a key may end with it, or go on as the text does.
            const extended = Math.imul(hash, 31) | 0;
            bit = (extended ^ (extended >>> 16)) & WORD_START_MASK;
            if ((wordNexts[bit >> 5]! & (1 << (bit & 31))) !== 0) break;
            if (j < length) {
              let next = (extended + after) | 0;
              if (after === CODE_SPACE) {
                let k = j + 1;
                while (k < length && (after = codeTable[text.charCodeAt(k)]!) <= CODE_SPACE && after !== CODE_NONE) k++;
                next = k < length ? (Math.imul(next, 31) + after) | 0 : extended;
              }
              bit = (next ^ (next >>> 16)) & WORD_START_MASK;
              if ((wordNexts[bit >> 5]! & (1 << (bit & 31))) !== 0) break;
            }
          }
          // Skipped, with the space after it: no key starts with a space.
          i = j < length && after === CODE_SPACE ? j : j - 1;
        } else if (code > CODE_SPACE && rootNext[code] !== 0) {
          break; // a key starts with this non-word character (Chinese names, for one)
        }
        // Whitespace, ignorable marks and characters no key starts with: nothing starts here.
      }
      if (i >= to) break;
      previous = OTHER; // i is a word start or a non-word character
    }
    // Something may be under way: step the automaton until it falls back to the root.
    for (; i < to; i++) {
      const code = codeTable[text.charCodeAt(i)]!;
      // The root may start a key here unless a word character follows a word character.
      let rootStarts = true;
      if (code >= firstWordCode) {
        if (previous === WORD) rootStarts = false;
        previous = WORD;
      } else if (code > CODE_SPACE) {
        previous = OTHER;
      } else if (code === CODE_SPACE) {
        // A whitespace run is consumed as its first character.
        if (previous === SPACE_RUN) continue;
        previous = SPACE_RUN;
      } else {
        if (code === CODE_NONE) {
          // No key contains this character, so every partial match dies here.
          state = 0;
          previous = OTHER;
          break;
        }
        continue; // an ignorable mark leaves everything as it was
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
      if (state === 0) break;
      const output = states[(state << SHIFT) + OUT]!;
      if (output !== 0) {
        pending[count] = i + 1;
        pending[count + 1] = output;
        count += 2;
      }
    }
    if (state === 0 && i < to) {
      // Back at the root after character i. No key starts inside a word, so if i was a word
      // character the rest of its word is passed over before looking for a start again.
      i++;
      if (previous === WORD) {
        for (; i < length; i++) {
          const c = codeTable[text.charCodeAt(i)]!;
          if (c < firstWordCode && c !== CODE_IGNORABLE) break;
        }
      }
    }
  }
  cursor[0] = state;
  cursor[1] = previous;
  cursor[2] = i;
  return count;
}

export function scanText(matcher: Matcher, text: string, out: Candidates): void {
  const cursor: Cursor = new Int32Array([0, OTHER, 0]);
  const pending = new Int32Array(2 * CHUNK);
  for (let from = 0; from < text.length; from = cursor[2]!) {
    const count = scanChunk(matcher, text, from, Math.min(text.length, from + CHUNK), cursor, pending);
    for (let k = 0; k < count; k += 2) reportOutputs(matcher, text, pending[k]!, pending[k + 1]!, out);
  }
}
