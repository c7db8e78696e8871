/**
 * A core entry's summary says only what its sources' quotes state; the test can check its numbers
 * ("18 articles", "Order No. 117", "by 2027", "5,000 PFlops", "RMB 12 billion"): each is in one of the
 * entry's quotes — in digits (with thousands separators, or million/billion, 万/萬, 亿/億), in Chinese
 * numerals or as an English number word — or is one of the entry's own dates or its document number.
 */
import { describe, expect, it } from 'vitest';
import { CORE_INSTRUMENTS } from '../../../lib/knowledge/core';
import { chineseNumeralsIn } from './chinese-numerals';

/** A number as written, with its scale word: "5,000", "12 billion", "100万", "4.5億". */
const WRITTEN_NUMBER = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(million|billion|万|萬|亿|億)?/g;
const SCALES: Record<string, number> = { million: 1e6, billion: 1e9, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const WORD = new RegExp(`\\b(${WORDS.join('|')})\\b`, 'gi');

/** The values a text writes: each number as written and, with a scale word, scaled. */
function valuesIn(text: string): number[] {
  const values: number[] = [];
  for (const [, digits, scale] of text.matchAll(WRITTEN_NUMBER)) {
    const value = Number(digits!.replace(/,/g, ''));
    values.push(value);
    if (scale) values.push(Math.round(value * SCALES[scale]!));
  }
  for (const [, word] of text.matchAll(WORD)) values.push(WORDS.indexOf(word!.toLowerCase()));
  return values;
}

function numbersStated(instrument: (typeof CORE_INSTRUMENTS)[number]): Set<number> {
  const texts = [...instrument.sources.map((source) => source.quote), instrument.adopted, instrument.promulgated, instrument.effective, instrument.repealed, ...(instrument.amended ?? []), instrument.code];
  const stated = new Set<number>();
  for (const text of texts) {
    if (!text) continue;
    for (const value of valuesIn(text)) stated.add(value);
    for (const value of chineseNumeralsIn(text)) stated.add(value);
  }
  return stated;
}

describe('core summaries', () => {
  it('state no number that none of the entry’s quotes, dates or number states', () => {
    const unsupported: string[] = [];
    const seen = new Set<string>();
    for (const instrument of CORE_INSTRUMENTS) {
      if (seen.has(instrument.id) || !instrument.summary) continue;
      seen.add(instrument.id);
      const stated = numbersStated(instrument);
      for (const [written, digits, scale] of instrument.summary.matchAll(WRITTEN_NUMBER)) {
        const value = Number(digits!.replace(/,/g, ''));
        const scaled = scale ? Math.round(value * SCALES[scale]!) : value;
        if (stated.has(scaled) || (!scale && stated.has(value))) continue;
        unsupported.push(`${instrument.id}: ${written.trim()}`);
      }
    }
    expect(unsupported).toEqual([]);
  });
});
