/**
 * Lists of non-negative integers as compact JSON-safe strings: the varints of text-digits.ts one
 * after another. No character needs escaping in JSON or in a string literal of the bundle.
 * Values under 45 take one character, under 2,025 two. Decoding is one charCodeAt and one table lookup per character.
 */
import { TEXT_DIGIT_OF, TEXT_RADIX, writeTextNumber } from './text-digits';

export interface PackedInts {
  readonly length: number;
  readonly data: string;
}

export function packInts(values: ArrayLike<number>): PackedInts {
  const digits: string[] = [];
  for (let i = 0; i < values.length; i++) digits.push(writeTextNumber(values[i]!));
  return { length: values.length, data: digits.join('') };
}

/** Throws on a malformed string, or one that holds more or fewer values than it says. */
export function unpackInts({ length, data }: PackedInts): Int32Array {
  const out = new Int32Array(length);
  // Validity is accumulated without branches in `bad`: a non-ASCII character sets bits through
  // c >> 7, a non-digit (including the 0 read past the end) through d = -1. The explicit end
  // test keeps charCodeAt in bounds, so V8 keeps every value an integer.
  const end = data.length;
  let pos = 0;
  let bad = 0;
  for (let i = 0; i < length; i++) {
    let value = 0;
    for (let scale = 1; ; scale *= TEXT_RADIX) {
      const c = pos < end ? data.charCodeAt(pos++) : 0;
      const d = TEXT_DIGIT_OF[c & 0x7f]!;
      bad |= (c >> 7) | (d >>> 31);
      if (d < TEXT_RADIX) {
        value += d * scale;
        break;
      }
      value += (d - TEXT_RADIX) * scale;
      if (scale > 0x1000000) {
        bad = 1; // longer than any value packInts writes
        break;
      }
    }
    out[i] = value;
  }
  if (bad !== 0 || pos !== end) throw new Error('Malformed packed integers');
  return out;
}
