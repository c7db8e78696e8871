import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/match/build-matcher';
import { compileDictionary } from '../../../lib/match/compile-dictionary';
import { findMentions } from '../../../lib/match/find-mentions';
import { loadDictionary } from '../../../lib/match/load-dictionary';
import { ENTRIES, ZH_EXCLUSIONS } from './fixtures';

/** The bundled dictionary (loaded from its compiled form) plus names a user imported at run time. */
const bundled = loadDictionary(JSON.parse(JSON.stringify(compileDictionary({ entries: ENTRIES, zhExclusions: ZH_EXCLUSIONS }))));
const imported = buildMatcher([
  { id: 'document:genai-labeling', name: 'Measures for Labeling AI-Generated Synthetic Content', kind: 'title' },
  { id: 'document:dsl-draft', name: 'Data Security Law Implementation Measures (Draft)', kind: 'title' },
  { id: 'authority:cac-2', name: 'CAC', kind: 'abbr' },
  { id: 'authority:mss-bureau', name: '国家安全部门', kind: 'zh' },
  { id: 'authority:ccac', name: '中央网信办', kind: 'zh' },
]);

describe('findMentions with several matchers', () => {
  it('finds names from both dictionaries', () => {
    const text = 'MIIT and the Measures for Labeling AI-Generated Synthetic Content; 中央网信办';
    expect(findMentions([bundled, imported], text).map((m) => [m.matched, m.id])).toEqual([
      ['MIIT', 'authority:miit'],
      ['Measures for Labeling AI-Generated Synthetic Content', 'document:genai-labeling'],
      ['中央网信办', 'authority:ccac'],
    ]);
  });

  it('applies leftmost-longest across dictionaries', () => {
    const text = 'the Data Security Law Implementation Measures (Draft) and the Data Security Law';
    expect(findMentions([bundled, imported], text).map((m) => m.id)).toEqual(['document:dsl-draft', 'document:dsl']);
    expect(findMentions(bundled, text).map((m) => m.id)).toEqual(['document:dsl-measures', 'document:dsl']);
  });

  it('marks a name both dictionaries give different ids as ambiguous', () => {
    expect(findMentions([bundled, imported], 'CAC')).toEqual([
      { start: 0, end: 3, id: 'authority:cac', matched: 'CAC', abbreviation: true, ambiguous: true, ids: ['authority:cac', 'authority:cac-2'] },
    ]);
  });

  it('applies one dictionary’s exclusions to the other’s Chinese names', () => {
    // The exclusion string is itself a name in the imported dictionary: the exclusion only
    // suppresses the shorter bundled name inside it.
    expect(findMentions([bundled, imported], '国家安全部门').map((m) => m.id)).toEqual(['authority:mss-bureau']);
  });

  it('accepts a single matcher or a list', () => {
    expect(findMentions([bundled], 'CAC')).toEqual(findMentions(bundled, 'CAC'));
    expect(findMentions([], 'CAC')).toEqual([]);
  });
});
