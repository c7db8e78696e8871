/**
 * Build time: text → the compressed form lib/match/expand-text.ts reads (described there), for
 * the content script's bundled dictionary. LZ77 over the UTF-8 bytes, with hash chains and one
 * step of lazy matching; repeats start and end on character boundaries, so that the bytes in
 * between stay whole characters of the text.
 */
import { MIN_REPEAT } from '../match/expand-text';
import { ESCAPE_CANDIDATES, writeTextNumber } from '../match/text-digits';

/** Candidates tried per position: more finds slightly longer repeats, slower. */
const MAX_TRIES = 256;

function isCharStart(bytes: Uint8Array, i: number): boolean {
  return i >= bytes.length || (bytes[i]! & 0xc0) !== 0x80;
}

/** The escape character the text uses least: each of its own occurrences costs a byte more. */
function rarestEscape(bytes: Uint8Array): number {
  const counts = new Map<number, number>();
  for (const b of bytes) counts.set(b, (counts.get(b) ?? 0) + 1);
  const codes = [...ESCAPE_CANDIDATES].map((c) => c.charCodeAt(0));
  return codes.reduce((best, code) => ((counts.get(code) ?? 0) < (counts.get(best) ?? 0) ? code : best));
}

function costOf(length: number, distance: number): number {
  return 1 + writeTextNumber(length - MIN_REPEAT).length + writeTextNumber(distance - 1).length;
}

export function compressText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const escape = rarestEscape(bytes);
  const chains = new Map<number, number[]>();
  const keyAt = (i: number) => bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
  const remember = (i: number) => {
    if (i + 4 > bytes.length) return;
    const key = keyAt(i);
    const chain = chains.get(key);
    if (chain) chain.push(i);
    else chains.set(key, [i]);
  };
  /** The repeat at i that saves most bytes: [length, distance], or [0, 0]. */
  const bestRepeat = (i: number): [number, number] => {
    let best: [number, number] = [0, 0];
    let bestSaving = 0;
    if (i + MIN_REPEAT > bytes.length || !isCharStart(bytes, i)) return best;
    const chain = chains.get(keyAt(i)) ?? [];
    for (let k = chain.length - 1; k >= 0 && k >= chain.length - MAX_TRIES; k--) {
      const from = chain[k]!;
      let length = 0;
      while (i + length < bytes.length && bytes[from + length] === bytes[i + length]) length++;
      while (length > 0 && !isCharStart(bytes, i + length)) length--;
      if (length < MIN_REPEAT) continue;
      const saving = length - costOf(length, i - from);
      if (saving > bestSaving) {
        best = [length, i - from];
        bestSaving = saving;
      }
    }
    return best;
  };

  const parts: string[] = [];
  let literalStart = 0;
  const flushLiterals = (end: number) => {
    const literal = new TextDecoder().decode(bytes.subarray(literalStart, end));
    parts.push(literal.replaceAll(String.fromCharCode(escape), String.fromCharCode(escape, escape)));
  };
  for (let i = 0; i < bytes.length; ) {
    const [length, distance] = bestRepeat(i);
    // Lazy matching: a longer repeat one character on is worth a literal here.
    const later = length > 0 && isCharStart(bytes, i + 1) ? bestRepeat(i + 1) : ([0, 0] as const);
    if (length === 0 || later[0] > length + 1) {
      remember(i++);
      continue;
    }
    flushLiterals(i);
    parts.push(String.fromCharCode(escape), writeTextNumber(length - MIN_REPEAT), writeTextNumber(distance - 1));
    for (const end = i + length; i < end; i++) remember(i);
    literalStart = i;
  }
  flushLiterals(bytes.length);
  return `${bytes.length}:${String.fromCharCode(escape)}${parts.join('')}`;
}
