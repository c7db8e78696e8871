import { describe, expect, it } from 'vitest';
import { searchEntries } from '../../../lib/search/search-entries';
import { PLACEHOLDER_EXAMPLES, SEARCH_EXAMPLES } from '../../../lib/search/search-examples';
import { buildSearchIndexJson, loadSearchIndex } from '../../../lib/search/search-index';
import { seedGraph } from '../parse/seed-graph';

describe('search examples', () => {
  const index = loadSearchIndex(buildSearchIndexJson(seedGraph().graph));

  it.each(SEARCH_EXAMPLES)('"%s" finds something in the bundled graph', (example) => {
    expect(searchEntries(index, example, { limit: 3 }).length).toBeGreaterThan(0);
  });

  it('suggests only examples in the placeholder', () => {
    const suggested = PLACEHOLDER_EXAMPLES.split(', ');
    expect(suggested.length).toBeGreaterThan(0);
    for (const query of suggested) expect(SEARCH_EXAMPLES).toContain(query);
  });
});
