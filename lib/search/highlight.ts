/**
 * Which parts of a displayed text to emphasise for a search: words equal to a matched
 * term, the typed beginning of words a query term completes, and Chinese characters
 * covered by a matched pair. Returns plain segments; the view renders them as text, so a
 * name can never inject markup.
 */
import { CJK_RUN, foldWord, isCjk } from './search-text';

export interface TextSegment {
  text: string;
  marked: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;
/** A single letter typed so far would light up half the words on screen. */
const MIN_PREFIX_TO_MARK = 2;

export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  const ranges = mergeRanges(markedRanges(text, terms));
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

function markedRanges(text: string, terms: readonly string[]): [number, number][] {
  const words = new Set(terms.filter((term) => !isCjk(term)));
  const prefixes = [...words].filter((term) => term.length >= MIN_PREFIX_TO_MARK).sort((a, b) => b.length - a.length);
  const cjk = new Set(terms.filter(isCjk));
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    for (const [segmentStart, segment] of latinSegments(word)) {
      const folded = foldWord(segment);
      const from = start + segmentStart;
      if (words.has(folded)) {
        ranges.push([from, from + segment.length]);
        continue;
      }
      const prefix = prefixes.find((candidate) => folded.startsWith(candidate));
      if (prefix) ranges.push([from, from + Math.min(prefix.length, segment.length)]);
    }
  }
  if (cjk.size > 0) {
    for (const run of text.matchAll(CJK_RUN)) {
      const chars = run[0];
      for (let i = 0; i < chars.length; i++) {
        const at = run.index + i;
        if (cjk.has(chars.slice(i, i + 2)) && i + 1 < chars.length) ranges.push([at, at + 2]);
        else if (cjk.has(chars.charAt(i))) ranges.push([at, at + 1]);
      }
    }
  }
  return ranges;
}

/** The parts of a word outside CJK runs, with their offsets in the word. */
function latinSegments(word: string): [number, string][] {
  const segments: [number, string][] = [];
  let last = 0;
  for (const run of word.matchAll(CJK_RUN)) {
    if (run.index > last) segments.push([last, word.slice(last, run.index)]);
    last = run.index + run[0].length;
  }
  if (last < word.length) segments.push([last, word.slice(last)]);
  return segments;
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
