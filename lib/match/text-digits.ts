/**
 * Numbers written into text that is embedded in the bundle (packed-ints.ts): little-endian
 * varints in base 45, over the printable ASCII characters that need escaping in no JavaScript
 * string literal and no JSON string (no quotes, backslash or "$"). Digits 0–44 end a number,
 * 45–89 continue it.
 */

export const TEXT_DIGITS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i))
  .filter((c) => !`"'\`\\$`.includes(c))
  .join('');
export const TEXT_RADIX = TEXT_DIGITS.length / 2; // 45

/** Character code → digit, or -1 (codes above 127 are masked by the reader). */
export const TEXT_DIGIT_OF = new Int8Array(128).fill(-1);
for (let d = 0; d < TEXT_DIGITS.length; d++) TEXT_DIGIT_OF[TEXT_DIGITS.charCodeAt(d)] = d;

export function writeTextNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff) throw new RangeError(`Cannot write ${value}`);
  let text = '';
  for (; value >= TEXT_RADIX; value = Math.floor(value / TEXT_RADIX)) text += TEXT_DIGITS[TEXT_RADIX + (value % TEXT_RADIX)];
  return text + TEXT_DIGITS[value];
}
