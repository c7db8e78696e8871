import { describe, expect, it } from 'vitest';
import { packDictionary } from '../../../lib/build/pack-dictionary';
import { compileDictionary } from '../../../lib/match/compile-dictionary';
import { findMentions } from '../../../lib/match/find-mentions';
import { loadDictionary } from '../../../lib/match/load-dictionary';
import { unpackDictionary } from '../../../lib/match/unpack-dictionary';
import { ENTRIES, ZH_EXCLUSIONS } from '../match/fixtures';

describe('packed dictionary', () => {
  const compiled = compileDictionary({ entries: ENTRIES, zhExclusions: ZH_EXCLUSIONS });

  it('unpacks to the compiled form, ids included', () => {
    expect(unpackDictionary(packDictionary(compiled))).toEqual(compiled);
    expect(compiled.ids.some((id) => id.includes('-'))).toBe(true);
  });

  it('loads into a matcher like the compiled form does', () => {
    const text = 'The CAC, the Cybersecurity Law of the PRC and 网络安全法.';
    expect(findMentions(loadDictionary(unpackDictionary(packDictionary(compiled))), text)).toEqual(findMentions(loadDictionary(compiled), text));
  });

  it('is smaller than the JSON', () => {
    expect(Buffer.byteLength(packDictionary(compiled))).toBeLessThan(Buffer.byteLength(JSON.stringify(compiled)) * 0.75);
  });

  it('refuses ids it could not restore', () => {
    expect(() => packDictionary({ ...compiled, ids: ['document:a b'] })).toThrow(/space/);
    expect(() => packDictionary({ ...compiled, ids: ['document:a,b'] })).toThrow(/comma/);
    expect(() => packDictionary({ ...compiled, ids: [''] })).toThrow(/empty/);
  });

  it('round-trips a dictionary without ids', () => {
    const empty = compileDictionary([]);
    expect(unpackDictionary(packDictionary(empty))).toEqual(empty);
  });

  it('rejects damaged text', () => {
    const packed = packDictionary(compiled);
    expect(() => unpackDictionary(packed.slice(packed.indexOf(':')))).toThrow(/Malformed/);
    expect(() => unpackDictionary(packed.replace(/^\d+/, (n) => String(Number(n) + 1)))).toThrow(/Malformed/);
    expect(() => unpackDictionary(packed.slice(0, -40))).toThrow();
  });
});
