import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/match/build-matcher';
import { compileDictionary } from '../../../lib/match/compile-dictionary';
import { COMPILED_FORMAT, COMPILED_VERSION, type CompiledDictionary } from '../../../lib/match/compiled-form';
import { findMentions } from '../../../lib/match/find-mentions';
import { loadDictionary } from '../../../lib/match/load-dictionary';
import { packInts, unpackInts } from '../../../lib/match/packed-ints';
import type { DictionaryEntry } from '../../../lib/match/types';
import { ENTRIES, ZH_EXCLUSIONS } from './fixtures';

const input = { entries: ENTRIES, zhExclusions: ZH_EXCLUSIONS };
const SAMPLE = `The CAC and MIIT said the PRC Personal Information Protection Law and the Cybersecurity
Law of the PRC apply; see GB/T35273—2020 and 国家互联网信息办公室《网络安全法》, not 国家安全部门.`;

function roundTrip(compiled: CompiledDictionary): unknown {
  return JSON.parse(JSON.stringify(compiled));
}

/** A compiled form with one packed table replaced by the given values. */
function withTable(compiled: CompiledDictionary, table: 'base' | 'check' | 'fail' | 'outputs', values: number[]): unknown {
  return { ...compiled, [table]: packInts(values) };
}

describe('compiled form', () => {
  const compiled = compileDictionary(input);

  it('is plain JSON that survives stringify and parse unchanged', () => {
    expect(roundTrip(compiled)).toEqual(compiled);
    expect(compiled.format).toBe(COMPILED_FORMAT);
    expect(compiled.version).toBe(COMPILED_VERSION);
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

  it('stays compact: a few hundred bytes per name', () => {
    const entries: DictionaryEntry[] = Array.from({ length: 500 }, (_, i) => ({
      id: `document:n${i}`,
      name: `Measures for the Administration of Item ${i.toString(36)} Services`,
      kind: 'title',
    }));
    expect(JSON.stringify(compileDictionary(entries)).length).toBeLessThan(500 * 200);
  });
});

describe('loadDictionary rejects malformed input', () => {
  const compiled = compileDictionary(input);

  it.each([
    ['null', null],
    ['a string', 'tmt-lens-matcher'],
    ['another format', { ...compiled, format: 'other' }],
    ['a future version', { ...compiled, version: COMPILED_VERSION + 1 }],
    ['a missing table', { ...compiled, fail: undefined }],
    ['a non-integer size', { ...compiled, tableSize: 1.5 }],
  ])('%s', (_, value) => {
    expect(() => loadDictionary(value)).toThrow();
  });

  it('rejects broken base64 and wrong lengths', () => {
    expect(() => loadDictionary({ ...compiled, base: { ...compiled.base, data: '\u00ff' } })).toThrow();
    expect(() => loadDictionary({ ...compiled, base: { ...compiled.base, length: compiled.base.length + 1 } })).toThrow();
    expect(() => loadDictionary({ ...compiled, check: packInts([0]) })).toThrow(/length/);
  });

  it('rejects transitions out of range', () => {
    const base = unpackInts(compiled.base);
    base[0] = 1e6; // stored as base - slot, so slot 0 now jumps far past the table
    expect(() => loadDictionary(withTable(compiled, 'base', [...base]))).toThrow(/out of range/);
  });

  it('rejects failure links that do not lead to the root (they could loop forever)', () => {
    const fail = [...unpackInts(compiled.fail)];
    const check = unpackInts(compiled.check);
    // Two states, each failing to the other (a failure slot f is stored as f + 2).
    const states = [...check.keys()].filter((s) => s > 0 && s - check[s]! >= 0).slice(0, 2) as [number, number];
    fail[states[0]] = states[1] + 2;
    fail[states[1]] = states[0] + 2;
    expect(() => loadDictionary(withTable(compiled, 'fail', fail))).toThrow(/failure link/);
  });

  it('rejects output chains that point forwards', () => {
    const outputs = [...unpackInts(compiled.outputs)];
    outputs[4 + 3] = 1; // output 1's "next" pointing at itself
    expect(() => loadDictionary(withTable(compiled, 'outputs', outputs))).toThrow(/chain/);
  });
});

describe('packed integers', () => {
  it.each([[[]], [[0]], [[-1, 0, 1, 63, 64, -64, -65, 127, 128, 300000, -300000, 0x3fffffff, -0x40000000]]])(
    'round-trip %j',
    (values) => {
      expect([...unpackInts(JSON.parse(JSON.stringify(packInts(values))))]).toEqual(values);
    },
  );

  it('spend one character on small values and never need escaping in JSON', () => {
    expect(packInts(new Array(300).fill(5)).data.length).toBe(300);
    const packed = packInts(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 100000 - 50000));
    expect(JSON.stringify(packed.data)).toBe(`"${packed.data}"`);
  });

  it('reject malformed strings', () => {
    expect(() => unpackInts({ length: 2, data: packInts([1]).data })).toThrow(/Malformed/);
    expect(() => unpackInts({ length: 1, data: packInts([1, 2]).data })).toThrow(/Malformed/);
    expect(() => unpackInts({ length: 1, data: '"' })).toThrow(/Malformed/);
    expect(() => unpackInts({ length: 1, data: '~~~~~~~~~' })).toThrow(/Malformed/);
  });
});
