import { describe, expect, it } from 'vitest';
import { caseNumberId, caseNumberKey, describeCaseNumber, findCaseNumbers, parseCaseNumber } from '../../../lib/recognise/case-numbers';

describe('findCaseNumbers', () => {
  it('reads a Chinese case number: year, court code, case type, serial', () => {
    expect(findCaseNumbers('北京互联网法院（2023）京0491民初11279号判决认为')).toEqual([
      { start: 7, end: 26, matched: '（2023）京0491民初11279号', parsed: { year: 2023, court: '京0491', type: '民初', serial: 11279 } },
    ]);
  });

  it('reads the English form the same way', () => {
    const [found] = findCaseNumbers('In Li v. Liu, (2023) Jing 0491 Min Chu No. 11279, the court held');
    expect(found?.matched).toBe('(2023) Jing 0491 Min Chu No. 11279');
    expect(found?.parsed).toEqual({ year: 2023, court: '京0491', type: '民初', serial: 11279 });
  });

  it('reads an English number written without "No."', () => {
    const [found] = findCaseNumbers('In (2023) Jing 73 Min Zhong 3802 the court found the platform liable');
    expect(found?.matched).toBe('(2023) Jing 73 Min Zhong 3802');
    expect(found?.parsed).toEqual({ year: 2023, court: '京73', type: '民终', serial: 3802 });
  });

  it('gives both forms one key, so either finds a case of the graph', () => {
    expect(caseNumberKey(parseCaseNumber('(2023)京0491民初11279号')!)).toBe(caseNumberKey(parseCaseNumber('(2023) Jing 0491 Min Chu No. 11279')!));
    expect(caseNumberId(parseCaseNumber('（2023）京0491民初11279号')!)).toBe(caseNumberId(parseCaseNumber('(2023) Jing 0491 Min Chu No. 11279')!));
  });

  it('splits a court code without digits from its case type by the known type codes', () => {
    expect(parseCaseNumber('（2019）最高法知民终123号')).toEqual({ year: 2019, court: '最高法', type: '知民终', serial: 123 });
  });

  it.each([
    ['a year alone', '（2023）年度报告'],
    ['an unknown province code', '（2023）火0491民初11279号'],
    ['an unknown case type', '（2023）京0491乱七11279号'],
    ['a citation that only looks like one', '(2023) New York 12 Civil No. 5'],
    ['a year, a place and a count without a case type', '(2023) Jing 73 Hotels 3802'],
  ])('finds nothing in %s', (_, text) => {
    expect(findCaseNumbers(text)).toEqual([]);
  });
});

describe('describeCaseNumber', () => {
  it('says what the number means, with the court where its code is known', () => {
    expect(describeCaseNumber(parseCaseNumber('（2023）京0491民初11279号')!)).toBe(
      'Civil case of first instance accepted in 2023 by Beijing Internet Court (京0491); serial no. 11279.',
    );
  });

  it('names the province where only that is known', () => {
    expect(describeCaseNumber(parseCaseNumber('（2022）京0105民初123号')!)).toBe('Civil case of first instance accepted in 2022 by a court in Beijing (court code 京0105); serial no. 123.');
  });
});
