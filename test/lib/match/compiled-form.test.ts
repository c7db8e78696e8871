import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/match/build-matcher';
import { buildTables } from '../../../lib/match/build-tables';
import { compileDictionary } from '../../../lib/match/compile-dictionary';
import { COMPILED_FORMAT, COMPILED_VERSION, type CompiledDictionary } from '../../../lib/match/compiled-form';
import { createMatcher, type FilterMaker } from '../../../lib/match/create-matcher';
import { decodeCompiled } from '../../../lib/match/decode-compiled';
import { deriveLinks } from '../../../lib/match/derive-links';
import { encodeTables } from '../../../lib/match/encode-tables';
import { decodeFilter } from '../../../lib/match/filter-codes';
import { findMentions } from '../../../lib/match/find-mentions';
import { loadDictionary } from '../../../lib/match/load-dictionary';
import type { Matcher, MatcherTables } from '../../../lib/match/matcher';
import { RECORD_FLAG_MASK, RECORD_IDS_SHIFT } from '../../../lib/match/record-codes';
import { failOf } from '../../../lib/match/state-fields';
import type { CompileInput, DictionaryEntry } from '../../../lib/match/types';
import { buildWordStartFilter } from '../../../lib/match/word-start-filter';
import { ENTRIES, ZH_EXCLUSIONS } from './fixtures';

const input = { entries: ENTRIES, zhExclusions: ZH_EXCLUSIONS };
const SAMPLE = `The CAC and MIIT said the PRC Personal Information Protection Law and the Cybersecurity
Law of the PRC apply; see GB/T35273—2020 and 国家互联网信息办公室《网络安全法》, not 国家安全部门.`;

/** States other than the root whose failure link is not derived yet. */
function countUnfinished(matcher: Matcher): number {
  let count = 0;
  for (let s = 1; s < matcher.stateCount; s++) if (failOf(matcher, s) < 0) count++;
  return count;
}

function roundTrip(compiled: CompiledDictionary): unknown {
  return JSON.parse(JSON.stringify(compiled));
}

/** Matcher tables as plain arrays, so toEqual reports the first difference readably. */
function plain(t: MatcherTables) {
  return {
    alphabet: t.alphabet,
    labels: t.labels,
    firstEdge: [...t.firstEdge],
    labelStart: [...t.labelStart],
    nodeOutput: [...t.nodeOutput],
    outputs: [...t.outputs],
    records: [...t.records],
    idLists: [...t.idLists],
    ids: [...t.ids],
    exact: [...t.exact],
  };
}

/** A matcher with every failure link and output chain derived, as plain arrays. */
function linked(t: MatcherTables, makeFilter: FilterMaker = buildWordStartFilter) {
  const m = createMatcher(t, makeFilter);
  deriveLinks(m);
  return { ...plain(m), states: [...m.states], wordStarts: [...m.wordStarts], wordNexts: [...m.wordNexts], openStarts: [...m.openStarts] };
}

function decoded(source: CompileInput | readonly DictionaryEntry[]): MatcherTables {
  return decodeCompiled(roundTrip(compileDictionary(source))).tables;
}

/** A dictionary compiled, serialised and loaded, fully linked: with the filter it shipped. */
function loadedAndLinked(source: CompileInput | readonly DictionaryEntry[]) {
  const { tables, filter } = decodeCompiled(roundTrip(compileDictionary(source)));
  return linked(tables, (_t, _first, codeCount) => decodeFilter(filter, codeCount));
}

describe('compiled form', () => {
  const compiled = compileDictionary(input);

  it('is plain JSON that survives stringify and parse unchanged', () => {
    expect(roundTrip(compiled)).toEqual(compiled);
    expect(compiled.format).toBe(COMPILED_FORMAT);
    expect(compiled.version).toBe(COMPILED_VERSION);
  });

  it('decodes to exactly the tables of the freshly built automaton, and links them alike', () => {
    expect(plain(decoded(input))).toEqual(plain(buildTables(input)));
    expect(loadedAndLinked(input)).toEqual(linked(buildTables(input)));
  });

  it('decodes to exactly the built tables for random dictionaries', () => {
    const names = ['a', 'ab', 'b a', 'the law', 'prc ', 'law of the prc', '安全', '法', '中华人民共和国', '-', "'", 'GB/T 1-2', 'ç'];
    const entry = fc.record({
      id: fc.constantFrom('x:1', 'x:2', 'x:3'),
      name: fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
      kind: fc.constantFrom('title', 'abbr', 'code', 'zh') as fc.Arbitrary<DictionaryEntry['kind']>,
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (entries) => {
        expect(plain(decoded(entries))).toEqual(plain(buildTables(entries)));
        expect(loadedAndLinked(entries)).toEqual(linked(buildTables(entries)));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves failure links to first use, and derives only those of the states a scan reaches', () => {
    const loaded = loadDictionary(roundTrip(compiled));
    const before = countUnfinished(loaded);
    expect(before).toBe(loaded.stateCount - 1);
    expect(findMentions(loaded, 'The CAC said so.').map((m) => m.matched)).toEqual(['CAC']);
    const after = countUnfinished(loaded);
    expect(after).toBeLessThan(before);
    expect(before - after).toBeLessThan(before / 4);
    // Scanning the sample then finds what the fully linked tables find.
    expect(findMentions(loaded, SAMPLE)).toEqual(findMentions(buildMatcher(input), SAMPLE));
  });

  it('loads into a matcher that finds exactly what the directly built one finds', () => {
    const loaded = loadDictionary(roundTrip(compiled));
    const expected = findMentions(buildMatcher(input), SAMPLE);
    expect(findMentions(loaded, SAMPLE)).toEqual(expected);
    expect(expected.map((m) => m.matched)).toEqual([
      'CAC',
      'MIIT',
      'PRC Personal Information Protection Law',
      'Cybersecurity\nLaw of the PRC',
      'GB/T35273—2020',
      '国家互联网信息办公室',
      '网络安全法',
    ]);
  });

  it('accepts the bare entry list too', () => {
    expect(compileDictionary(ENTRIES)).toEqual(compileDictionary({ entries: ENTRIES }));
  });

  it('compiles an empty dictionary into a matcher that finds nothing', () => {
    const empty = loadDictionary(roundTrip(compileDictionary([])));
    expect(findMentions(empty, 'CAC 网络安全法')).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compileDictionary(input))).toBe(JSON.stringify(compiled));
  });

  it('stays compact: under a hundred bytes per name, most of them the name itself', () => {
    const entries: DictionaryEntry[] = Array.from({ length: 500 }, (_, i) => ({
      id: `document:n${i}`,
      name: `Measures for the Administration of Item ${i.toString(36)} Services`,
      kind: 'title',
    }));
    expect(JSON.stringify(compileDictionary(entries)).length).toBeLessThan(500 * 100);
  });

  it('spells the labels as text, one edge per chain of characters, with one value per node and edge', () => {
    const one = compileDictionary([{ id: 'authority:cac', name: 'CAC', kind: 'abbr' }]);
    expect(one.labels).toBe('cac');
    // The root with one edge of three characters, then the leaf where the key ends.
    expect(one.tree).toEqual([2, 3, 1]);
    const two = compileDictionary([
      { id: 'document:x', name: 'ab', kind: 'title' },
      { id: 'document:y', name: 'ac', kind: 'title' },
    ]);
    expect(two.labels).toBe('abc'); // root → a → {b, c}
    expect(two.tree).toEqual([2, 1, 4, 1, 1, 1, 1]);
  });

  it('has far fewer nodes than characters on real names', () => {
    const matcher = loadDictionary(roundTrip(compiled));
    expect(matcher.nodeCount).toBeLessThan(matcher.stateCount / 4);
  });
});

describe('loadDictionary rejects malformed input', () => {
  const compiled = compileDictionary(input);
  const { tree, records } = compiled;
  const withTree = (values: unknown[]) => ({ ...compiled, tree: values });
  const withRecords = (values: unknown[]) => ({ ...compiled, records: values });
  const two = compileDictionary([
    { id: 'document:x', name: 'ab', kind: 'title' },
    { id: 'document:y', name: 'ac', kind: 'title' },
  ]);

  it.each([
    ['null', null, /not an object/],
    ['a string', 'tmt-lens-matcher', /not an object/],
    ['another format', { ...compiled, format: 'other' }, /not a tmt-lens-matcher form/],
    ['a future version', { ...compiled, version: COMPILED_VERSION + 1 }, new RegExp(`version ${COMPILED_VERSION + 1}, where`)],
    ['the previous version', { ...compiled, version: COMPILED_VERSION - 1 }, new RegExp(`version ${COMPILED_VERSION - 1}, where`)],
    ['a version as a string', { ...compiled, version: String(COMPILED_VERSION) }, /version/],
    ['a missing table', { ...compiled, tree: undefined }, /tree and records must be lists/],
    ['missing labels', { ...compiled, labels: undefined }, /alphabet and labels must be strings/],
    ['an alphabet that is not a string', { ...compiled, alphabet: ['a'] }, /alphabet and labels must be strings/],
    ['ids that are not strings', { ...compiled, ids: [1, 2] }, /ids and exact must be lists of strings/],
  ])('%s', (_, value, message) => {
    expect(() => loadDictionary(value)).toThrow(/^Invalid compiled dictionary: /);
    expect(() => loadDictionary(value)).toThrow(message);
  });

  it.each([
    ['a negative number', -1],
    ['a fraction', 1.5],
    ['a number too large for the tables', 2 ** 31],
    ['a string', '1'],
    ['null', null],
  ])('rejects integer lists holding %s', (_, value) => {
    const notCount = /Invalid compiled dictionary: (tree|records) table holds a value that is not a count/;
    expect(() => loadDictionary(withTree([...tree.slice(0, -1), value]))).toThrow(notCount);
    expect(() => loadDictionary(withRecords([value, ...records.slice(1)]))).toThrow(notCount);
  });

  it('rejects a filter that is missing, out of order or out of range', () => {
    const bad = /Invalid compiled dictionary: /;
    expect(() => loadDictionary({ ...compiled, wordStarts: undefined })).toThrow(/the filter lists must be lists of counts/);
    expect(() => loadDictionary({ ...compiled, openStarts: [-1] })).toThrow(/the filter lists must be lists of counts/);
    expect(() => loadDictionary({ ...compiled, wordNexts: [3, 0] })).toThrow(/a filter bit out of order or out of range/);
    expect(() => loadDictionary({ ...compiled, wordStarts: [65_000, 1_000] })).toThrow(/a filter bit out of order or out of range/);
    expect(() => loadDictionary({ ...compiled, openStarts: [compiled.alphabet.length + 4] })).toThrow(/a filter code outside the alphabet/);
    expect(() => loadDictionary({ ...compiled, wordStarts: [65_535] })).not.toThrow(bad);
  });

  it('scans with the filter it was given: one without a name’s first word skips that name', () => {
    const loaded = loadDictionary(roundTrip(compiled));
    expect(findMentions(loaded, 'The CAC said so.').map((m) => m.matched)).toEqual(['CAC']);
    const blind = loadDictionary({ ...roundTrip(compiled) as CompiledDictionary, wordStarts: [], wordNexts: [] });
    expect(findMentions(blind, 'The CAC said so.')).toEqual([]);
  });

  it('rejects lists that are not lists', () => {
    expect(() => loadDictionary({ ...compiled, tree: { length: 1, data: '!' } })).toThrow(/Invalid compiled dictionary: tree and records must be lists/);
    expect(() => loadDictionary({ ...compiled, records: 'records' })).toThrow(/Invalid compiled dictionary: tree and records must be lists/);
  });

  it('rejects a tree table that ends early or runs on', () => {
    expect(() => loadDictionary(withTree(tree.slice(0, -1)))).toThrow(/Invalid compiled dictionary: tree table too short/);
    expect(() => loadDictionary(withTree([...tree, 0]))).toThrow(/Invalid compiled dictionary: tree table too long/);
  });

  it('rejects labels that are too few, too many, or not in the alphabet', () => {
    expect(() => loadDictionary({ ...compiled, labels: compiled.labels.slice(0, -1) })).toThrow(/Invalid compiled dictionary: labels too short/);
    expect(() => loadDictionary({ ...compiled, labels: `${compiled.labels}a` })).toThrow(/Invalid compiled dictionary: labels too long/);
    expect(() => loadDictionary({ ...compiled, labels: `${compiled.labels.slice(0, -1)}\u0001` })).toThrow(/Invalid compiled dictionary: a label character/);
    expect(() => loadDictionary({ ...two, labels: 'abz' })).toThrow(/Invalid compiled dictionary: a label character/);
    // Characters beyond ASCII are checked apart from the rest; with and without such characters in the alphabet.
    expect(compiled.alphabet).toMatch(/[\u4e00-\u9fff]/);
    expect(compiled.alphabet).not.toContain('\u9fa5');
    expect(() => loadDictionary({ ...compiled, labels: `${compiled.labels.slice(0, -1)}\u9fa5` })).toThrow(/Invalid compiled dictionary: a label character/);
    expect(() => loadDictionary({ ...compiled, labels: `\u00e9${compiled.labels.slice(1)}` })).toThrow(/Invalid compiled dictionary: a label character/);
    expect(() => loadDictionary({ ...two, labels: 'ab\u4e2d' })).toThrow(/Invalid compiled dictionary: a label character/);
  });

  it('rejects labels that are empty, or longer than the labels', () => {
    expect(() => loadDictionary({ ...two, tree: ([2, 0, 4, 1, 1, 1, 1]) })).toThrow(/Invalid compiled dictionary: an empty label/);
    expect(() => loadDictionary({ ...two, tree: ([2, 9, 4, 1, 1, 1, 1]) })).toThrow(/Invalid compiled dictionary: labels too short/);
  });

  it('rejects two edges of a node that start alike (the automaton would not be deterministic)', () => {
    expect(() => loadDictionary({ ...two, labels: 'abb' })).toThrow(/Invalid compiled dictionary: two edges of a node start alike/);
  });

  it('rejects a key at the root, a leaf where no key ends, and a key that starts with a space', () => {
    expect(() => loadDictionary({ ...two, tree: ([3, 1, 4, 1, 1, 1, 1]) })).toThrow(/Invalid compiled dictionary: a key ends at the root/);
    expect(() => loadDictionary({ ...two, tree: ([2, 1, 4, 1, 1, 1, 0]) })).toThrow(/Invalid compiled dictionary: a leaf where no key ends/);
    const spaced = compileDictionary([{ id: 'document:x', name: 'a b', kind: 'title' }]);
    expect(spaced.labels).toBe('a b');
    expect(() => loadDictionary({ ...spaced, labels: ' ab' })).toThrow(/Invalid compiled dictionary: a key starts with a space/);
  });

  it('rejects records that point past the id and exact-string lists, or leave some unused', () => {
    expect(() => loadDictionary({ ...compiled, ids: compiled.ids.slice(0, -1) })).toThrow(/Invalid compiled dictionary: reference/);
    expect(() => loadDictionary({ ...compiled, ids: [...compiled.ids, 'document:unused'] })).toThrow(/Invalid compiled dictionary/);
    expect(() => loadDictionary({ ...compiled, exact: compiled.exact.slice(0, -1) })).toThrow(/Invalid compiled dictionary: reference/);
    expect(() => loadDictionary(withRecords(records.slice(0, -1)))).toThrow(/Invalid compiled dictionary/);
    expect(() => loadDictionary(withRecords([...records, 0]))).toThrow(/Invalid compiled dictionary/);
    // Two keys of one new id each; the second made to point five ids back, with one in use.
    expect(two.records).toEqual([two.records[0], two.records[1]]);
    const idsField = (refs: number) => (refs + 1) << RECORD_IDS_SHIFT;
    const pointBack = (by: number) => ({ ...two, records: [two.records[0], (two.records[1]! & RECORD_FLAG_MASK) | idsField(1), by] });
    expect(() => loadDictionary(pointBack(5))).toThrow(/Invalid compiled dictionary: reference out of range/);
    // Pointing one back is valid, but leaves the second id unused.
    expect(() => loadDictionary(pointBack(1))).toThrow(/Invalid compiled dictionary: lists too long/);
    expect(loadDictionary({ ...pointBack(1), ids: ['document:x'] }).idCount).toBe(1);
  });
});

describe('encodeTables', () => {
  it('lists what the loader cannot recompute, and the word-start filter, which is cheaper to read than to derive', () => {
    const tables = buildTables(input);
    expect(Object.keys(encodeTables(tables, createMatcher(tables, buildWordStartFilter))).sort()).toEqual(
      ['alphabet', 'exact', 'format', 'ids', 'labels', 'records', 'tree', 'version', 'wordStarts', 'wordNexts', 'openStarts'].sort(),
    );
  });
});
