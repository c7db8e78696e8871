/**
 * Folds a whole name the way the scanner folds text: per-character folding, whitespace runs
 * collapsed to one space, ignorable marks dropped, and the ends trimmed.
 */
import { IGNORABLE, SPACE, foldChar, normalizeChar } from './fold-char';

function foldWith(text: string, fold: (c: number) => number): string {
  const units: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const f = fold(text.charCodeAt(i));
    if (f === IGNORABLE) continue;
    if (f === SPACE) {
      pendingSpace = units.length > 0;
      continue;
    }
    if (pendingSpace) units.push(SPACE);
    pendingSpace = false;
    units.push(f);
  }
  let out = '';
  // Chunked so very long names cannot overflow the argument limit of fromCharCode.
  for (let i = 0; i < units.length; i += 4096) {
    out += String.fromCharCode(...units.slice(i, i + 4096));
  }
  return out;
}

/** Case-insensitive key of a name, e.g. "The  ‘PRC’ Law" → "the 'prc' law". */
export function foldString(text: string): string {
  return foldWith(text, foldChar);
}

/** Same as foldString but keeping letter case; used for the exact-case check of abbreviations. */
export function normalizeString(text: string): string {
  return foldWith(text, normalizeChar);
}
