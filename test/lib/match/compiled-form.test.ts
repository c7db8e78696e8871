import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeAlphabet } from '../../../lib/match/alphabet';
import { buildAutomaton } from '../../../lib/match/build-automaton';
import { buildMatcher } from '../../../lib/match/build-matcher';
import { compileDictionary } from '../../../lib/match/compile-dictionary';
import { COMPILED_FORMAT, COMPILED_VERSION, type CompiledDictionary } from '../../../lib/match/compiled-form';
import { decodeCompiled } from '../../../lib/match/decode-compiled';
import { deriveLinks } from '../../../lib/match/derive-links';
import { encodeAutomaton } from '../../../lib/match/encode-automaton';
import { findMentions } from '../../../lib/match/find-mentions';
import { interleaveNodes } from '../../../lib/match/interleave-nodes';
import { loadDictionary } from '../../../lib/match/load-dictionary';
import { NODE_CHECK, NODE_FAIL, NODE_SHIFT, type Matcher } from '../../../lib/match/matcher';
import { packInts, unpackInts } from '../../../lib/match/packed-ints';
import type { CompileInput, DictionaryEntry } from '../../../lib/match/types';
import { ENTRIES, ZH_EXCLUSIONS } from './fixtures';

const input = { entries: ENTRIES, zhExclusions: ZH_EXCLUSIONS };
const SAMPLE = `The CAC and MIIT said the PRC Personal Information Protection Law and the Cybersecurity
Law of the PRC apply; see GB/T35273—2020 and 国家互联网信息办公室《网络安全法》, not 国家安全部门.`;

/** States other than the root (whose check is -1, as a free slot's), all or those unfinished. */
function countStates(matcher: Matcher, unfinishedOnly: boolean): number {
  let count = 0;
  for (let s = 1; s < matcher.stateCount; s++) {
    const at = s << NODE_SHIFT;
    if (matcher.nodes[at + NODE_CHECK] !== -1 && (!unfinishedOnly || matcher.nodes[at + NODE_FAIL]! < 0)) count++;
  }
  return count;
}

function roundTrip(compiled: CompiledDictionary): unknown {
  return JSON.parse(JSON.stringify(compiled));
}

/** The tables a freshly built matcher scans with, as plain arrays. */
function builtTables(source: CompileInput | readonly DictionaryEntry[]) {
  const a = buildAutomaton(source);
  return {
    alphabet: a.alphabet,
    slotCount: a.slotCount,
    nodes: [...interleaveNodes(a)],
    outputs: [...a.outputs],
    records: [...a.records],
    idLists: [...a.idLists],
    ids: [...a.ids],
    exact: [...a.exact],
  };
}

/** Decoded tables with every failure link derived, which a loaded matcher does on first use. */
function decodedTables(source: CompileInput | readonly DictionaryEntry[]) {
  const t = decodeCompiled(roundTrip(compileDictionary(source)));
  deriveLinks(t.nodes, t.outputs, t.slotCount, describeAlphabet(t.alphabet).firstWordCode);
  return { ...t, nodes: [...t.nodes], outputs: [...t.outputs], records: [...t.records], idLists: [...t.idLists], ids: [...t.ids], exact: [...t.exact] };
}

describe('compiled form', () => {
  const compiled = compileDictionary(input);

  it('is plain JSON that survives stringify and parse unchanged', () => {
    expect(roundTrip(compiled)).toEqual(compiled);
    expect(compiled.format).toBe(COMPILED_FORMAT);
    expect(compiled.version).toBe(COMPILED_VERSION);
  });

  it('decodes to exactly the tables of the freshly built automaton', () => {
    expect(decodedTables(input)).toEqual(builtTables(input));
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
        expect(decodedTables(entries)).toEqual(builtTables(entries));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves failure links to first use, and derives only those of the states a scan reaches', () => {
    const loaded = loadDictionary(roundTrip(compiled));
    const before = countStates(loaded, true);
    expect(before).toBe(countStates(loaded, false));
    expect(findMentions(loaded, 'The CAC said so.').map((m) => m.matched)).toEqual(['CAC']);
    const after = countStates(loaded, true);
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

  it('spells the labels as text, one character per state, and lists only the states that are not plain', () => {
    const one = compileDictionary([{ id: 'authority:cac', name: 'CAC', kind: 'abbr' }]);
    expect(one.labels).toBe('cac');
    // The root (its child sits further on), then two plain states, then the leaf where the key ends.
    const [rootRun, , plainRun, leaf] = unpackInts(one.shape);
    expect([rootRun, plainRun, leaf, one.shape.length]).toEqual([0, 2, 0, 4]);
  });
});

describe('loadDictionary rejects malformed input', () => {
  const compiled = compileDictionary(input);
  const shape = [...unpackInts(compiled.shape)];
  const records = [...unpackInts(compiled.records)];
  const withShape = (values: number[]) => ({ ...compiled, shape: packInts(values) });
  const withRecords = (values: number[]) => ({ ...compiled, records: packInts(values) });

  it.each([
    ['null', null],
    ['a string', 'tmt-lens-matcher'],
    ['another format', { ...compiled, format: 'other' }],
    ['a future version', { ...compiled, version: COMPILED_VERSION + 1 }],
    ['the previous version', { ...compiled, version: 1 }],
    ['a missing table', { ...compiled, shape: undefined }],
    ['missing labels', { ...compiled, labels: undefined }],
    ['a non-integer size', { ...compiled, tableSize: 1.5 }],
    ['ids that are not strings', { ...compiled, ids: [1, 2] }],
  ])('%s', (_, value) => {
    expect(() => loadDictionary(value)).toThrow();
  });

  it('rejects broken packed integers and wrong lengths', () => {
    expect(() => loadDictionary({ ...compiled, shape: { ...compiled.shape, data: '\u00ff' } })).toThrow(/Malformed/);
    expect(() => loadDictionary({ ...compiled, shape: { ...compiled.shape, length: compiled.shape.length + 1 } })).toThrow(/Malformed/);
  });

  it('rejects a shape table that ends early or runs on', () => {
    expect(() => loadDictionary(withShape(shape.slice(0, -2)))).toThrow(/Invalid compiled dictionary: shape table too short/);
    expect(() => loadDictionary(withShape([...shape, 0, 0]))).toThrow(/Invalid compiled dictionary: shape table too long/);
  });

  it('rejects labels that are too few, too many, or not in the alphabet', () => {
    expect(() => loadDictionary({ ...compiled, labels: compiled.labels.slice(0, -1) })).toThrow(/Invalid compiled dictionary/);
    expect(() => loadDictionary({ ...compiled, labels: `${compiled.labels}a` })).toThrow(/Invalid compiled dictionary: labels too long/);
    expect(() => loadDictionary({ ...compiled, labels: `${compiled.labels.slice(0, -1)}\u0001` })).toThrow(/Invalid compiled dictionary/);
  });

  it('rejects transitions out of range', () => {
    // The root's first child moved far past the table.
    const far = [...shape];
    far[1] = 1 + (1e6 << 2) + (far[1]! - 1 - (((far[1]! - 1) >> 2) << 2));
    expect(() => loadDictionary(withShape(far))).toThrow(/Invalid compiled dictionary: base out of range/);
    expect(() => loadDictionary({ ...compiled, tableSize: compiled.slotCount + 1e6 })).toThrow(/Invalid compiled dictionary: table size/);
  });

  it('rejects a slot claimed twice, by one state or by two (the automaton could loop)', () => {
    const two = compileDictionary([
      { id: 'document:x', name: 'ab', kind: 'title' },
      { id: 'document:y', name: 'ac', kind: 'title' },
    ]);
    expect(two.labels).toBe('abc'); // root → a → {b, c}
    expect(() => loadDictionary({ ...two, labels: 'abb' })).toThrow(/Invalid compiled dictionary: children/);
    // Give the leaf "ab" (slot x) a child on "c" placed in the slot of the leaf "ac" (slot y).
    const nodes = decodeCompiled(roundTrip(two)).nodes;
    const [x, y] = [...Array(two.slotCount).keys()].filter((slot) => nodes[(slot << NODE_SHIFT) + NODE_CHECK]! > 0);
    const values = [...unpackInts(two.shape)];
    expect(values.slice(-3)).toEqual([0, 0, 0]); // leaf x, no plain states, leaf y
    values[values.length - 3] = 1 + (((y! - x! - 1) << 2) | 1);
    expect(() => loadDictionary({ ...two, shape: packInts(values), labels: 'abcc' })).toThrow(/Invalid compiled dictionary: children/);
  });

  it('rejects records that point past the id and exact-string lists, or leave some unused', () => {
    expect(() => loadDictionary({ ...compiled, ids: compiled.ids.slice(0, -1) })).toThrow(/Invalid compiled dictionary: reference/);
    expect(() => loadDictionary({ ...compiled, ids: [...compiled.ids, 'document:unused'] })).toThrow(/Invalid compiled dictionary/);
    expect(() => loadDictionary({ ...compiled, exact: compiled.exact.slice(0, -1) })).toThrow(/Invalid compiled dictionary: reference/);
    expect(() => loadDictionary(withRecords(records.slice(0, -1)))).toThrow(/Invalid compiled dictionary/);
    expect(() => loadDictionary(withRecords([...records, 0]))).toThrow(/Invalid compiled dictionary/);
    const backwards = [...records];
    backwards[4] = 5; // the first record's first id, pointing before any id in use
    expect(() => loadDictionary(withRecords(backwards))).toThrow(/Invalid compiled dictionary: reference/);
  });
});

describe('packed integers', () => {
  it.each([[[]], [[0]], [[1, 44, 45, 2024, 2025, 300000, 0x7fffffff]]])('round-trip %j', (values) => {
    expect([...unpackInts(JSON.parse(JSON.stringify(packInts(values))))]).toEqual(values);
  });

  it('spend one character on small values and never need escaping in JSON or a string literal', () => {
    expect(packInts(new Array(300).fill(42)).data.length).toBe(300);
    const packed = packInts(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 100000));
    expect(JSON.stringify(packed.data)).toBe(`"${packed.data}"`);
    expect(packed.data).not.toMatch(/["'`\\$]/);
  });

  it('refuse negative and non-integer values', () => {
    expect(() => packInts([-1])).toThrow(RangeError);
    expect(() => packInts([1.5])).toThrow(RangeError);
  });

  it('reject malformed strings', () => {
    expect(() => unpackInts({ length: 2, data: packInts([1]).data })).toThrow(/Malformed/);
    expect(() => unpackInts({ length: 1, data: packInts([1, 2]).data })).toThrow(/Malformed/);
    expect(() => unpackInts({ length: 1, data: '"' })).toThrow(/Malformed/);
    expect(() => unpackInts({ length: 1, data: '~~~~~~~~~' })).toThrow(/Malformed/);
  });
});

describe('encodeAutomaton', () => {
  it('lists only what the loader cannot recompute', () => {
    expect(Object.keys(encodeAutomaton(buildAutomaton(input))).sort()).toEqual(
      ['alphabet', 'exact', 'format', 'ids', 'labels', 'records', 'shape', 'slotCount', 'tableSize', 'version'].sort(),
    );
  });
});
