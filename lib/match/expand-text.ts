/**
 * Run time: text back from the form compress-text.ts (lib/build) writes, synchronously and
 * cheaply. The form is "<UTF-8 byte length>:<escape character><body>"; the body is the text's
 * UTF-8 bytes as they are (the escape character doubled), except that repeats are written as
 * the escape character, then the repeat's length minus MIN_REPEAT and how far back it starts
 * minus one (text-digits.ts, whose digits never include an escape character).
 *
 * A general-purpose inflater (DEFLATE) packed the bundled dictionary 15% smaller, but decoding
 * it bit by bit took 10 ms or more in a fresh page, where the code runs before V8 has optimised
 * it. Here the bytes are found and copied by native methods (indexOf, set, copyWithin), and the
 * script only steps from one repeat to the next.
 */
import { ESCAPE_CANDIDATES, TEXT_DIGIT_OF, TEXT_RADIX } from './text-digits';

/** Repeats shorter than this are written as they are: a reference costs three or four bytes. */
export const MIN_REPEAT = 5;

function malformed(): never {
  throw new Error('Malformed compressed text');
}

export function expandText(packed: string): string {
  const colon = packed.indexOf(':');
  const size = Number(packed.slice(0, colon));
  if (colon < 1 || !Number.isSafeInteger(size) || colon + 1 >= packed.length) malformed();
  const escape = packed.charCodeAt(colon + 1);
  if (!ESCAPE_CANDIDATES.includes(packed[colon + 1]!)) malformed();
  // One buffer: the text is written at the front, the packed form's bytes sit behind it, so every
  // copy is a copyWithin within it and nothing else is allocated along the way.
  const body = packed.slice(colon + 2);
  const buffer = new Uint8Array(size + body.length * 3);
  const end = size + new TextEncoder().encodeInto(body, buffer.subarray(size)).written;
  let written = 0;
  let at = size;
  for (;;) {
    const next = buffer.indexOf(escape, at);
    const literalEnd = next < 0 || next >= end ? end : next;
    if (written + literalEnd - at > size) malformed();
    buffer.copyWithin(written, at, literalEnd);
    written += literalEnd - at;
    if (literalEnd === end) break;
    at = literalEnd + 1;
    if (buffer[at] === escape) {
      if (written >= size) malformed();
      buffer[written++] = escape;
      at++;
      continue;
    }
    // Two numbers: the length minus MIN_REPEAT, then the distance minus one (text-digits.ts).
    let length = MIN_REPEAT;
    for (let scale = 1; ; scale *= TEXT_RADIX) {
      const d = at < end ? TEXT_DIGIT_OF[buffer[at++]! & 0x7f]! : -1;
      if (d < 0 || scale > 0x100000) malformed();
      length += (d % TEXT_RADIX) * scale;
      if (d < TEXT_RADIX) break;
    }
    let distance = 1;
    for (let scale = 1; ; scale *= TEXT_RADIX) {
      const d = at < end ? TEXT_DIGIT_OF[buffer[at++]! & 0x7f]! : -1;
      if (d < 0 || scale > 0x100000) malformed();
      distance += (d % TEXT_RADIX) * scale;
      if (d < TEXT_RADIX) break;
    }
    if (distance > written || written + length > size) malformed();
    if (distance >= length) buffer.copyWithin(written, written - distance, written - distance + length);
    else for (let k = written; k < written + length; k++) buffer[k] = buffer[k - distance]!;
    written += length;
  }
  if (written !== size) malformed();
  return new TextDecoder().decode(buffer.subarray(0, size));
}
