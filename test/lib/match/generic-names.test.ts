import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/match/build-matcher';
import { findMentions } from '../../../lib/match/find-mentions';
import { foldString } from '../../../lib/match/fold-string';
import { GENERIC_NAMES } from '../../../lib/match/generic-names';
import type { DictionaryEntry } from '../../../lib/match/types';

describe('GENERIC_NAMES', () => {
  it('lists the back-references newsletters use', () => {
    for (const name of ['the Measures', 'the Draft', 'the Court', 'Measures', 'Law', 'the Law', 'the Provisions']) {
      expect(GENERIC_NAMES).toContain(name);
    }
  });

  it('has no empty or duplicate names', () => {
    expect(GENERIC_NAMES.every((name) => foldString(name).length > 0)).toBe(true);
    expect(new Set(GENERIC_NAMES).size).toBe(GENERIC_NAMES.length);
  });

  it('are dropped by compileDictionary, in any spelling', () => {
    const entries: DictionaryEntry[] = GENERIC_NAMES.map((name, i) => ({ id: `x:${i}`, name, kind: 'title' }));
    const matcher = buildMatcher(entries);
    expect(findMentions(matcher, GENERIC_NAMES.join('. '))).toEqual([]);
    expect(findMentions(matcher, 'Under THE  MEASURES and the “Draft”, the court held…')).toEqual([]);
    expect(matcher.idCount).toBe(0);
  });

  it('drops generic names of every kind, but keeps longer names that contain them', () => {
    const matcher = buildMatcher([
      { id: 'x:1', name: '本办法', kind: 'zh' },
      { id: 'x:2', name: 'Law', kind: 'abbr' },
      { id: 'x:3', name: 'the Measures for Cybersecurity Review', kind: 'title' },
    ]);
    expect(findMentions(matcher, '本办法 Law the Measures for Cybersecurity Review').map((m) => m.matched)).toEqual([
      'Measures for Cybersecurity Review',
    ]);
  });

  it('can be replaced through genericNames', () => {
    const entries: DictionaryEntry[] = [{ id: 'x:1', name: 'the Measures', kind: 'title' }];
    expect(findMentions(buildMatcher({ entries, genericNames: [] }), 'the Measures')).toEqual([
      { start: 4, end: 12, id: 'x:1', matched: 'Measures' },
    ]);
  });
});
