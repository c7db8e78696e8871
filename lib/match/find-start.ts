/**
 * Recovers where a hit begins in the original text from where it ends and its folded length,
 * by walking back over the same folding the scanner applied: ignorable marks count for nothing
 * and a whitespace run counts as one. Done only per hit, so the scan loop keeps no offset map.
 */
// File-local copies (alphabet.ts): imported bindings are re-read on every use in a loop.
const CODE_IGNORABLE = 1;
const CODE_SPACE = 2;

function isSpaceOrIgnorable(code: number): boolean {
  return code === CODE_SPACE || code === CODE_IGNORABLE;
}

export function findStart(codeTable: Uint16Array, text: string, end: number, foldedLength: number): number {
  let remaining = foldedLength;
  for (let j = end - 1; j >= 0; j--) {
    const code = codeTable[text.charCodeAt(j)]!;
    if (code === CODE_IGNORABLE) continue;
    if (code === CODE_SPACE) {
      while (j > 0 && isSpaceOrIgnorable(codeTable[text.charCodeAt(j - 1)]!)) j--;
    }
    if (--remaining === 0) return j;
  }
  return 0; // only reachable with a corrupt length; keeps the offset valid
}
