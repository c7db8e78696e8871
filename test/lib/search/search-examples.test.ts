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

  it('shows every example in the placeholder', () => {
    for (const example of SEARCH_EXAMPLES) expect(SEARCH_PLACEHOLDER).toContain(example);
  });
});
