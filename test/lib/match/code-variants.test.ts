import { describe, expect, it } from 'vitest';
import { expandCodeVariants } from '../../../lib/match/code-variants';
import { foldString } from '../../../lib/match/fold-string';

describe('expandCodeVariants', () => {
  it.each([
    ['GB 40050-2021', ['gb 40050-2021', 'gb40050-2021', 'gb 40050 - 2021', 'gb40050 - 2021']],
    ['GB40050-2021', ['gb40050-2021', 'gb 40050-2021', 'gb 40050 - 2021', 'gb40050 - 2021']],
    // The slash dropped ("GBT 35273-2020"), and the year set off by a spaced dash ("GB/T 35273 – 2020").
    [
      'GB/T 35273-2020',
      ['gb/t 35273-2020', 'gb/t35273-2020', 'gb/t 35273 - 2020', 'gb/t35273 - 2020', 'gbt 35273-2020', 'gbt35273-2020', 'gbt 35273 - 2020', 'gbt35273 - 2020'],
    ],
    [
      'GB/T35273—2020',
      ['gb/t35273-2020', 'gb/t 35273-2020', 'gb/t 35273 - 2020', 'gb/t35273 - 2020', 'gbt 35273-2020', 'gbt35273-2020', 'gbt 35273 - 2020', 'gbt35273 - 2020'],
    ],
    ['GB/T 22239', ['gb/t 22239', 'gb/t22239', 'gbt 22239', 'gbt22239']],
    ['YD/T 3867-2021', ['yd/t 3867-2021', 'yd/t3867-2021', 'yd/t 3867 - 2021', 'yd/t3867 - 2021', 'ydt 3867-2021', 'ydt3867-2021', 'ydt 3867 - 2021', 'ydt3867 - 2021']],
    ['JR/T 0171-2020', ['jr/t 0171-2020', 'jr/t0171-2020', 'jr/t 0171 - 2020', 'jr/t0171 - 2020', 'jrt 0171-2020', 'jrt0171-2020', 'jrt 0171 - 2020', 'jrt0171 - 2020']],
    ['TC260-PG-20212A', ['tc260-pg-20212a', 'tc 260-pg-20212a']],
    // No letters-then-number shape: left as written.
    ['T/TAF 077.1-2020', ['t/taf 077.1-2020', 't/taf077.1-2020', 't/taf 077.1 - 2020', 't/taf077.1 - 2020']],
    ['ISO-27001', ['iso-27001']],
    ['ISO/IEC 27001', ['iso/iec 27001', 'iso/iec27001']],
  ])('%s', (code, expected) => {
    expect(expandCodeVariants(foldString(code))).toEqual(expected);
  });
});
