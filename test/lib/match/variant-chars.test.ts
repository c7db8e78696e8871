/** Other forms of the alphabet's characters: a traditional-script text reads as the simplified names. */
import { describe, expect, it } from 'vitest';
import { traditionalVariantsOf } from '../../../lib/build/traditional-chars';
import { compileDictionary } from '../../../lib/match/compile-dictionary';
import { findMentions } from '../../../lib/match/find-mentions';
import { loadDictionary } from '../../../lib/match/load-dictionary';

const entries = [
  { id: 'document:csl', name: '网络安全法', kind: 'zh' as const },
  { id: 'authority:cac', name: '国家互联网信息办公室', kind: 'zh' as const },
  // 後 is a key's own character here: it keeps its own meaning, not 后's.
  { id: 'document:later', name: '後来规定', kind: 'zh' as const },
  { id: 'document:after', name: '后来办法', kind: 'zh' as const },
];
const found = (compiled: unknown, text: string) => findMentions(loadDictionary(compiled), text).map((mention) => [text.slice(mention.start, mention.end), mention.id]);

describe('variant characters', () => {
  const compiled = compileDictionary({ entries, charVariants: traditionalVariantsOf });

  it('finds names written in traditional characters, at their own offsets on the page', () => {
    const text = '國家互聯網信息辦公室依據《網絡安全法》';
    expect(found(compiled, text)).toEqual([
      ['國家互聯網信息辦公室', 'authority:cac'],
      ['網絡安全法', 'document:csl'],
    ]);
    // And survives the trip through JSON, as the bundled dictionary takes it.
    expect(found(JSON.parse(JSON.stringify(compiled)), text)).toHaveLength(2);
  });

  it('leaves a character a key uses as itself alone', () => {
    expect(traditionalVariantsOf('后来办法後来规定')).not.toContain('後');
    expect(found(compiled, '後来办法')).toEqual([]);
    expect(found(compiled, '后来办法')).toEqual([['后来办法', 'document:after']]);
  });

  it('finds nothing in traditional script without the variants', () => {
    expect(found(compileDictionary({ entries }), '《網絡安全法》')).toEqual([]);
  });

  it('rejects a compiled form whose variants are not pairs', () => {
    expect(() => loadDictionary({ ...compiled, variantChars: '網' })).toThrow(/pairs/);
  });
});
