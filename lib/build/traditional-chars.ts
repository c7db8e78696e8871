/**
 * Build time: the traditional forms of the dictionary's simplified characters, so a page written
 * in traditional script (Hong Kong, Macao, Taiwan, older mainland sites) reads 網絡安全法 as the
 * 网络安全法. One character for one (OpenCC's character conversions), never a phrase, so offsets on
 * the page stay where they are; a character some key uses as itself keeps its own meaning.
 */
import * as OpenCC from 'opencc-js/t2cn';

const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;

let simplifiedOf: Map<string, string> | undefined;

/** Every CJK character whose traditional form (standard, Hong Kong or Taiwan) converts to one other character. */
function allConversions(): Map<string, string> {
  if (simplifiedOf) return simplifiedOf;
  const converters = (['t', 'hk', 'tw'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const found = new Map<string, string>();
  for (let code = CJK_FIRST; code <= CJK_LAST; code++) {
    const character = String.fromCharCode(code);
    for (const convert of converters) {
      const simplified = convert(character);
      if (simplified.length === 1 && simplified !== character) {
        found.set(character, simplified);
        break;
      }
    }
  }
  simplifiedOf = found;
  return found;
}

/** Pairs "TSTS…" for the alphabet's characters: T a traditional form no key uses, S the alphabet's. */
export function traditionalVariantsOf(alphabet: string): string {
  const inAlphabet = new Set(alphabet);
  let pairs = '';
  for (const [traditional, simplified] of allConversions()) {
    if (inAlphabet.has(simplified) && !inAlphabet.has(traditional)) pairs += traditional + simplified;
  }
  return pairs;
}
