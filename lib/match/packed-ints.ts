/**
 * Integer arrays as compact JSON-safe strings. Each value is zigzag-encoded (so small negatives
 * stay small) and written as a little-endian varint in base 46, one printable ASCII character per
 * digit: 46 characters mean "last digit", 46 others "more digits follow". Quote and backslash are
 * not used, so JSON.stringify copies the string unescaped.
 *
 * Values under 23 in magnitude take one character, under 1,058 two. Callers store small
 * differences where they can (a state's parent and base usually sit next to the state itself),
 * so a table costs about 1.3 characters per value: smaller than 32-bit words in base64 (5.3), and
 * faster to decode, since decoding is one charCodeAt and one table lookup per character with no
 * base64 stage.
 */

export interface PackedInts {
  readonly length: number;
  readonly data: string;
}

const RADIX = 46;
/** The 92 printable ASCII characters other than `"` and `\`: digits 0–45 end a value, 46–91 continue it. */
const DIGITS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');

/** Character code (low 7 bits) → digit, or -1 for characters that are not digits. */
const DIGIT_OF = new Int8Array(128).fill(-1);
for (let d = 0; d < DIGITS.length; d++) DIGIT_OF[DIGITS.charCodeAt(d)] = d;

export function packInts(values: ArrayLike<number>): PackedInts {
  const chars: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || v < -0x40000000 || v >= 0x40000000) throw new RangeError(`Cannot pack ${v}`);
    let z = v >= 0 ? v * 2 : -v * 2 - 1;
    while (z >= RADIX) {
      chars.push(DIGITS[RADIX + (z % RADIX)]!);
      z = Math.floor(z / RADIX);
    }
    chars.push(DIGITS[z]!);
  }
  return { length: values.length, data: chars.join('') };
}

/**
 * Decodes value i into target[i * stride + field] as relative * i + sign * value: so a table
 * stored as differences from the index comes back absolute, and straight into an interleaved
 * layout, in one pass. Throws on a malformed string.
 */
export function unpackInto(
  packed: PackedInts,
  target: Int32Array,
  stride = 1,
  field = 0,
  relative: 0 | 1 = 0,
  sign: 1 | -1 = 1,
): void {
  const { length, data } = packed;
  if (length > 0 && (length - 1) * stride + field >= target.length) throw new Error('Packed array does not fit its table');
  // Validity is accumulated without branches in `bad`: a non-ASCII character sets bits through
  // c >> 7, a non-digit (including the 0 read past the end) through d = -1. The explicit end
  // test keeps charCodeAt in bounds, so V8 keeps every value an integer.
  const end = data.length;
  let pos = 0;
  let bad = 0;
  for (let i = 0; i < length; i++) {
    let c = pos < end ? data.charCodeAt(pos++) : 0;
    let d = DIGIT_OF[c & 0x7f]!;
    bad |= c >> 7;
    let z = d;
    if (d >= RADIX) {
      z = d - RADIX;
      for (let scale = RADIX; ; scale *= RADIX) {
        c = pos < end ? data.charCodeAt(pos++) : 0;
        d = DIGIT_OF[c & 0x7f]!;
        bad |= c >> 7;
        if (d < RADIX) {
          z += d * scale;
          break;
        }
        z += (d - RADIX) * scale;
        if (scale > 0x1000000) {
          bad = -1; // longer than any value packInts writes
          break;
        }
      }
    }
    bad |= d >>> 31; // 1 for a non-digit (-1)
    target[i * stride + field] = relative * i + sign * ((z >>> 1) ^ -(z & 1));
  }
  if (bad !== 0 || pos !== end) throw new Error('Malformed packed integers');
}

export function unpackInts(packed: PackedInts): Int32Array {
  const out = new Int32Array(packed.length);
  unpackInto(packed, out);
  return out;
}
