/**
 * Property: for random dictionaries and texts, the automaton finds exactly what the slow
 * reference (reference-matcher.ts) finds on the folded text. Names and texts are drawn from a
 * tiny vocabulary so that overlaps, shared prefixes, variants, case, quotes, dashes, whitespace
 * runs, invisible marks, exclusions and ambiguity all occur often.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/match/build-matcher';
import { compileDictionary } from '../../../lib/match/compile-dictionary';
import { findMentions } from '../../../lib/match/find-mentions';
import { loadDictionary } from '../../../lib/match/load-dictionary';
import type { CompileInput, DictionaryEntry, EntryKind } from '../../../lib/match/types';
import { referenceFindMentions } from './reference-matcher';

const NAME_PIECES = ['a', 'b', 'ab', 'ba', 'A', 'B', ' ', '-', '’', "'", 'law', ' law', 'the ', 'prc ', ' of the prc', "china's ", '1', 'gb', '/t', '安', '全', '法', '中华人民共和国', '(', ')'];
const TEXT_PIECES = [...NAME_PIECES, 'AB', 'LAW', 'The ', ' ', '  ', '\n', '\t', '\u00a0', '\u00ad', '\u200b', '—', '–', '‘', '“', 'Ａ', 'x', '.', 'é', 'É', '部', ' of the PRC', 'PRC ', 'China’s '];
const KINDS: readonly EntryKind[] = ['title', 'phrase', 'abbr', 'code', 'zh'];

const joined = (pieces: readonly string[], maxLength: number) =>
  fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength }).map((parts) => parts.join(''));

const entryArb: fc.Arbitrary<DictionaryEntry> = fc.record({
  id: fc.constantFrom('x:1', 'x:2', 'x:3', 'x:4'),
  name: joined(NAME_PIECES, 5),
  kind: fc.constantFrom(...KINDS),
});

const inputArb: fc.Arbitrary<CompileInput> = fc.record({
  entries: fc.array(entryArb, { maxLength: 10 }),
  zhExclusions: fc.array(joined(['安', '全', '法', '部', 'a', '中华人民共和国'], 4), { maxLength: 2 }),
  genericNames: fc.constantFrom(undefined, ['a', 'the law']).map((g) => g ?? ['Law', 'the Measures']),
});

const textArb = joined(TEXT_PIECES, 30);

describe('findMentions agrees with the reference implementation', () => {
  it('for random dictionaries and texts', () => {
    fc.assert(
      fc.property(inputArb, textArb, (input, text) => {
        expect(findMentions(buildMatcher(input), text)).toEqual(referenceFindMentions(input, text));
      }),
      { numRuns: 1500 },
    );
  });

  it('after a JSON round trip of the compiled form', () => {
    fc.assert(
      fc.property(inputArb, textArb, (input, text) => {
        const matcher = loadDictionary(JSON.parse(JSON.stringify(compileDictionary(input))));
        expect(findMentions(matcher, text)).toEqual(referenceFindMentions(input, text));
      }),
      { numRuns: 300 },
    );
  });

  it('with one loaded matcher reused across texts, its failure links derived as scans reach them', () => {
    fc.assert(
      fc.property(inputArb, fc.array(textArb, { minLength: 2, maxLength: 6 }), (input, texts) => {
        const matcher = loadDictionary(JSON.parse(JSON.stringify(compileDictionary(input))));
        for (const text of texts) expect(findMentions(matcher, text)).toEqual(referenceFindMentions(input, text));
      }),
      { numRuns: 300 },
    );
  });

  it('with two matchers, as with one dictionary holding both entry lists', () => {
    fc.assert(
      fc.property(inputArb, fc.array(entryArb, { maxLength: 5 }), textArb, (input, extra, text) => {
        const matchers = [buildMatcher(input), buildMatcher({ entries: extra, genericNames: input.genericNames ?? [] })];
        const combined = { ...input, entries: [...input.entries, ...extra] };
        expect(findMentions(matchers, text)).toEqual(referenceFindMentions(combined, text));
      }),
      { numRuns: 500 },
    );
  });

  it('for names whose variants lose a prefix (regression)', () => {
    const input: CompileInput = { entries: [{ id: 'x:1', name: '中华人民共和国 of the prc', kind: 'zh' }] };
    for (const text of [' of the PRCa', '中华人民共和国 of the prc']) {
      expect(findMentions(buildMatcher(input), text)).toEqual(referenceFindMentions(input, text));
    }
  });

  it('with two matchers, where one has an own spelling the text does not write as it is written (regression)', () => {
    // One dictionary drops the first entry's generated "prc" for the second's own spelling "prc ",
    // which must be written in lower case; two matchers must leave "PRC" alone too.
    const input: CompileInput = { entries: [{ id: 'x:1', name: "china's prc ", kind: 'title' }], genericNames: ['Law', 'the Measures'] };
    const extra: DictionaryEntry[] = [{ id: 'x:1', name: 'prc ', kind: 'phrase' }];
    const text = ' of the PRC ';
    const matchers = [buildMatcher(input), buildMatcher({ entries: extra, genericNames: input.genericNames ?? [] })];
    expect(findMentions(matchers, text)).toEqual(referenceFindMentions({ ...input, entries: [...input.entries, ...extra] }, text));
    expect(findMentions(matchers, text)).toEqual([]);
  });

  it('on longer texts with realistic names', () => {
    const names = ['Data Security Law', 'Data Security Law Implementation Measures', 'Security Law', 'CAC', 'GB/T 35273-2020', '网络安全法', 'Law on Guarding State Secrets'];
    const realistic: fc.Arbitrary<CompileInput> = fc.record({
      entries: fc.array(
        fc.record({ id: fc.constantFrom('d:1', 'd:2'), name: fc.constantFrom(...names), kind: fc.constantFrom(...KINDS) }),
        { maxLength: 8 },
      ),
    });
    const pieces = [
      ...names,
      ...names.map((n) => n.toUpperCase()),
      // Whitespace runs and invisible marks inside names must not shift the reported start.
      ...names.map((n) => n.replace(/ /g, ' \n\u00ad ')),
      ...names.map((n) => n.replace(/ /g, '\u00a0\t')),
      ' the ',
      ' of the PRC ',
      'PRC ',
      ', ',
      '\n',
      'Lawyer',
      's',
      '—',
      '2020',
      '0',
      '国家网信办',
    ];
    fc.assert(
      fc.property(realistic, joined(pieces, 40), (input, text) => {
        expect(findMentions(buildMatcher(input), text)).toEqual(referenceFindMentions(input, text));
      }),
      { numRuns: 500 },
    );
  });
});
