import { describe, expect, it } from 'vitest';
import { searchEntries } from '../../../lib/search/search-entries';
import { SEARCH_EXAMPLES, SEARCH_PLACEHOLDER } from '../../../lib/search/search-examples';
import { buildSearchIndexJson, loadSearchIndex } from '../../../lib/search/search-index';
import { seedGraph } from '../parse/seed-graph';

describe('search examples', () => {
  const index = loadSearchIndex(buildSearchIndexJson(seedGraph().graph));

  it.each(SEARCH_EXAMPLES)('"%s" finds something in the bundled graph', (example) => {
    expect(searchEntries(index, example, { limit: 3 }).length).toBeGreaterThan(0);
  });

  it('suggests only examples in the placeholder', () => {
    const suggested = SEARCH_PLACEHOLDER.replace(/^Search: /, '').replace(/…$/, '').split(', ');
    expect(suggested.length).toBeGreaterThan(0);
    for (const query of suggested) expect(SEARCH_EXAMPLES).toContain(query);
  });
});
