import { describe, expect, it } from 'vitest';
import { mergeGraphs } from '../../../lib/import/merge-graphs';
import { userDictionaryEntries } from '../../../lib/import/user-dictionary';
import { buildMatcher, findMentions } from '../../../lib/match';
import { BUNDLED, graph, node } from './graphs';

const IMPORT = 'import:0123456789abcd';

describe('names the content script learns from imports', () => {
  const user = graph([
    node({ id: 'document:dsl', name: 'Data Security Law of the PRC', abbreviations: ['DSL'] }, IMPORT),
    node({ id: 'document:quantum', name: 'Measures for Quantum Services', abbreviations: ['MQS'] }, IMPORT),
    node({ id: 'topic:data-protection', name: 'Personal information and data protection' }, IMPORT),
  ]);
  const merged = mergeGraphs(BUNDLED, user);

  it('are the imported names the bundled dictionary lacks, under the merged ids', () => {
    expect(userDictionaryEntries(BUNDLED, merged)).toEqual([
      { id: 'document:data-security-law', name: 'Data Security Law of the PRC', kind: 'title' },
      { id: 'document:quantum', name: 'Measures for Quantum Services', kind: 'title' },
      { id: 'document:quantum', name: 'MQS', kind: 'abbr' },
    ]);
  });

  it('are none without imports', () => {
    expect(userDictionaryEntries(BUNDLED, BUNDLED)).toEqual([]);
  });

  it('compile into a matcher that finds them on a page', () => {
    const matcher = buildMatcher(userDictionaryEntries(BUNDLED, merged));
    const text = 'Under the Measures for Quantum Services (MQS), operators must…';
    expect(findMentions([matcher], text).map((mention) => [mention.matched, mention.id])).toEqual([
      ['Measures for Quantum Services', 'document:quantum'],
      ['MQS', 'document:quantum'],
    ]);
  });
});
