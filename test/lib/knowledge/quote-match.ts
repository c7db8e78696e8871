/**
 * How the core layer's data tests (core-layer.test.ts, weak-sources.test.ts) read a source's quote:
 * case, quote style, dashes, spaces and full-width brackets do not count, and a quote in traditional
 * script (a Hong Kong or Taiwan page) supports a name the graph keeps in simplified script, as OpenCC
 * converts it: the quote stays as the page wrote it.
 */
import * as OpenCC from 'opencc-js/t2cn';

export function foldQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\s+/g, ' ');
}

const TO_SIMPLIFIED = (['tw', 'hk', 't'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));

/** Whether a folded quote holds `wanted` (folded, without spaces), in its own script or in simplified. */
export function quoteHas(quote: string, wanted: string): boolean {
  const compact = quote.replace(/\s/g, '');
  return compact.includes(wanted) || (/\p{Script=Han}/u.test(wanted) && TO_SIMPLIFIED.some((convert) => convert(compact).includes(wanted)));
}

/** Whether a quote as the page wrote it states `value`, both folded. */
export function quoteSays(quote: string, value: string): boolean {
  return quoteHas(foldQuote(quote), foldQuote(value).replace(/\s/g, ''));
}
