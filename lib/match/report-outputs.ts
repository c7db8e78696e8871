/**
 * Runs the checks of every key that ends at the current position (the state's output chain) and
 * records the hits that pass. Kept out of the scan loop so that loop stays small; it is called
 * only in the rare states that complete a key. The start boundary needs no check here: the
 * automaton never starts a key in the middle of a word.
 */
import { CODE_IGNORABLE } from './alphabet';
import {
  FLAG_BOUNDARY_END,
  FLAG_EXCLUSION,
  HIT_ABBREVIATION,
  HIT_PHRASE,
  OUTPUT_FIRST_RECORD,
  OUTPUT_LENGTH,
  OUTPUT_NEXT,
  OUTPUT_RECORD_COUNT,
  OUTPUT_STRIDE,
  RECORD_EXACT,
  RECORD_FLAGS,
  RECORD_STRIDE,
  SPELLING_CHECKS,
} from './automaton';
import type { Candidates } from './candidates';
import { findStart } from './find-start';
import type { Matcher } from './matcher';
import { matchesExact } from './matches-exact';
import { isQualifiedElsewhere } from './qualified-elsewhere';

/**
 * 网络安全法规 (laws and regulations of the field) is an exclusion, but 网络安全法规定 is the law and
 * 规定 ("the Cybersecurity Law provides"): an exclusion ending in 法规 right before 定 does not hold.
 */
export function isLawStipulating(text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x5b9a && text.charCodeAt(end - 1) === 0x89c4 && text.charCodeAt(end - 2) === 0x6cd5;
}

/** Whether the next character of the folded text (ignorable marks skipped) is a word character. */
function isWordAfter(matcher: Matcher, text: string, end: number): boolean {
  let j = end;
  while (j < text.length && matcher.codeTable[text.charCodeAt(j)] === CODE_IGNORABLE) j++;
  return j < text.length && matcher.codeTable[text.charCodeAt(j)]! >= matcher.firstWordCode;
}

export function reportOutputs(matcher: Matcher, text: string, end: number, firstOutput: number, out: Candidates): void {
  const { outputs, records, codeTable } = matcher;
  const wordAfter = isWordAfter(matcher, text, end);
  for (let o = firstOutput; o !== 0; o = outputs[o * OUTPUT_STRIDE + OUTPUT_NEXT]!) {
    const at = o * OUTPUT_STRIDE;
    const firstRecord = outputs[at + OUTPUT_FIRST_RECORD]!;
    const lastRecord = firstRecord + outputs[at + OUTPUT_RECORD_COUNT]!;
    let start = -1;
    for (let r = firstRecord; r < lastRecord; r++) {
      const flags = records[r * RECORD_STRIDE + RECORD_FLAGS]!;
      if (wordAfter && (flags & FLAG_BOUNDARY_END) !== 0) continue;
      if (start < 0) start = findStart(codeTable, text, end, outputs[at + OUTPUT_LENGTH]!);
      const exact = records[r * RECORD_STRIDE + RECORD_EXACT]!;
      let hitFlags = flags;
      if (exact >= 0) {
        // Abbreviations and phrase names: the automaton matched case-insensitively; the written
        // case must agree. A phrase name (the only kind with a space in its written form) must
        // also not be another country's ("the US Supreme Court").
        const written = matcher.exact[exact]!;
        if (!matchesExact(text, start, end, written)) {
          out.addBlocker(start, end, flags & SPELLING_CHECKS);
          continue;
        }
        if (written.includes(' ')) {
          if (isQualifiedElsewhere(text, start, end)) {
            out.addBlocker(start, end, flags & SPELLING_CHECKS);
            continue;
          }
          hitFlags |= HIT_PHRASE;
        } else {
          hitFlags |= HIT_ABBREVIATION;
        }
      }
      if ((flags & FLAG_EXCLUSION) !== 0) {
        if (!isLawStipulating(text, end)) out.addExclusion(start, end);
      }
      else out.add(start, end, hitFlags, r);
    }
  }
}
