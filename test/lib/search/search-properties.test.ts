import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphSchema, type Graph } from '../../../lib/graph/schema';
import { searchEntries } from '../../../lib/search/search-entries';
import { buildSearchIndexJson, loadSearchIndex } from '../../../lib/search/search-index';
import { compactKey } from '../../../lib/search/search-text';

const WORDS = [
  'Measures', 'Provisions', 'Regulations', 'Rules', 'for', 'the', 'of', 'on', 'Administration', 'Security', 'Data',
  'Personal', 'Information', 'Protection', 'Online', 'Games', 'Cross-border', 'Transfer', 'Generative', 'Artificial',
  'Intelligence', 'Network', 'Products', 'Critical', 'Infrastructure', 'Minors', 'Advertising', 'Algorithm',
  'Recommendation', 'Cybersecurity', 'Law', 'Interim', 'Draft', 'Shanghai', 'Beijing', 'People’s', 'Court', '5G',
];
const TYPES = ['authority', 'document', 'case', 'topic'] as const;
const source = { newsletter: 'n.txt', issue: 'i', section: 's', item: 'x', quote: 'q' };

/** Names of two to six words from a vocabulary where every word is shared, as in real titles. */
const nameArbitrary = fc
  .array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 6 })
  .map((words) => words.join(' '))
  .filter((name) => /[A-Z0-9]/.test(name.replace(/\b(for|the|of|on)\b/g, '')));

const graphArbitrary = fc
  .uniqueArray(fc.tuple(nameArbitrary, fc.constantFrom(...TYPES)), {
    minLength: 1,
    maxLength: 40,
    selector: ([name]) => compactKey(name),
  })
  .map((entries): Graph =>
    graphSchema.parse({
      version: 1,
      edges: [],
      nodes: entries.map(([name, type], i) => {
        const base = { id: `${type}:e${i}`, type, name, aliases: [], sources: [source] };
        if (type === 'authority') return { ...base, kind: 'regulator', level: 'national' };
        if (type === 'document') return { ...base, kind: 'departmental_rule', status: 'final' };
        return base;
      }),
    }),
  );

describe('search properties', () => {
  it('every entry finds itself in the top 3 by its own name', () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const index = loadSearchIndex(buildSearchIndexJson(graph));
        for (const node of graph.nodes) {
          const top = searchEntries(index, node.name, { limit: 3 }).map((hit) => hit.id);
          expect(top).toContain(node.id);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('relevance alone (without the exact-name table) also puts an entry in the top 3 by its name', () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const index = { ...loadSearchIndex(buildSearchIndexJson(graph)), exactNames: {} };
        for (const node of graph.nodes) {
          const top = searchEntries(index, node.name, { limit: 3 }).map((hit) => hit.id);
          expect(top).toContain(node.id);
        }
      }),
      { numRuns: 60 },
    );
  });
});
