import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../lib/search/search-query';

function plan(query: string) {
  return planQuery(query).terms.map(({ term, prefix, fuzzy }) => ({ term, prefix, fuzzy }));
}

describe('planQuery', () => {
  it('completes the word being typed from two letters, other words from three', () => {
    expect(plan('da')).toEqual([{ term: 'da', prefix: true, fuzzy: 0 }]);
    expect(plan('da ')).toEqual([{ term: 'da', prefix: false, fuzzy: 0 }]);
    expect(plan('per info')).toEqual([
      { term: 'per', prefix: true, fuzzy: 0 },
      { term: 'info', prefix: true, fuzzy: 0 },
    ]);
  });

  it('forgives one typo from five letters and two from nine', () => {
    expect(plan('data ')[0]?.fuzzy).toBe(0);
    expect(plan('games ')[0]?.fuzzy).toBe(1);
    expect(plan('cybersecurty ')[0]?.fuzzy).toBe(2);
  });

  it('never corrects words with digits: GB 40050 and GB 40051 differ', () => {
    expect(plan('40050')).toEqual([{ term: '40050', prefix: true, fuzzy: 0 }]);
  });

  it('drops stop words, unless one is being typed', () => {
    expect(plan('measures for the data')).toEqual([
      // A word every title has is matched as typed once finished (see the next test).
      { term: 'measures', prefix: false, fuzzy: 0 },
      { term: 'data', prefix: true, fuzzy: 0 },
    ]);
    expect(plan('for')).toEqual([{ term: 'for', prefix: true, fuzzy: 0 }]);
  });

  it('matches words every title has as typed: completed only while being typed, never corrected', () => {
    expect(plan('company law ')).toEqual([
      { term: 'company', prefix: true, fuzzy: 1 },
      { term: 'law', prefix: false, fuzzy: 0 },
    ]);
    expect(plan('company law')[1]).toEqual({ term: 'law', prefix: true, fuzzy: 0 });
    expect(planQuery('company regulations').terms.map((term) => term.common)).toEqual([false, true]);
  });

  it('lets a year rank, not filter', () => {
    expect(planQuery('cybersecurity law 2017').terms.map((term) => [term.term, term.optional])).toEqual([
      ['cybersecurity', false],
      ['law', false],
      ['2017', true],
    ]);
  });

  it('waits for a second letter after other words', () => {
    expect(plan('cybersecurity l').map((term) => term.term)).toEqual(['cybersecurity']);
    expect(plan('guo bing v ').map((term) => term.term)).toEqual(['guo', 'bing', 'v']);
  });

  it('asks for a repeated word once', () => {
    expect(plan('data data')).toHaveLength(1);
  });

  it('keeps the whole query as a key for exact lookup', () => {
    expect(planQuery('GB 40050-2021').key).toBe('gb400502021');
  });
});

describe('planQuery: what only ranks', () => {
  it('makes a stop word or two letters being typed after other words optional', () => {
    const optional = (query: string) => planQuery(query).terms.map((term) => [term.term, term.optional]);
    expect(optional('measures for')).toEqual([['measures', false], ['for', true]]);
    expect(optional('generativ ai')).toEqual([['generativ', false], ['ai', true]]);
    expect(optional('generative ai ')).toEqual([['generative', false], ['ai', false]]);
    expect(optional('for')).toEqual([['for', false]]);
  });
});
