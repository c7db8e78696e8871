import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../lib/import/preview-import';
import { seedGraph } from '../parse/seed-graph';
import { makeImport } from '../storage/fixtures';
import { BUNDLED, edge, graph, node } from './graphs';

const IMPORT = 'import:0123456789abcd';

describe('previewing an import', () => {
  it('lists new entries and merges with the names that matched, leaving topics aside', () => {
    const incoming = graph(
      [
        node({ id: 'document:dsl-prc', name: 'Data Security Law of the PRC' }, IMPORT),
        node({ id: 'document:quantum', name: 'Measures for Quantum Services' }, IMPORT),
        node({ id: 'authority:new-bureau', name: 'Quantum Bureau' }, IMPORT),
        node({ id: 'topic:data-protection', name: 'Personal information and data protection' }, IMPORT),
      ],
      [edge('document:quantum', 'issued_by', 'authority:new-bureau', IMPORT), edge('document:dsl-prc', 'issued_by', 'authority:new-bureau', IMPORT)],
    );
    expect(previewImport(BUNDLED, incoming)).toEqual({
      newEntries: [
        { id: 'document:quantum', type: 'document', name: 'Measures for Quantum Services', kindLabel: 'Law' },
        { id: 'authority:new-bureau', type: 'authority', name: 'Quantum Bureau', kindLabel: 'Regulator' },
      ],
      mergedEntries: [
        {
          entry: { id: 'document:dsl-prc', type: 'document', name: 'Data Security Law of the PRC', kindLabel: 'Law' },
          into: { id: 'document:data-security-law', type: 'document', name: 'Data Security Law', kindLabel: 'Law' },
          matchedName: 'Data Security Law',
        },
      ],
      topics: ['Personal information and data protection'],
      newLinks: 2,
    });
  });

  it('merges on a long alias but not on a short, vague one', () => {
    const incoming = graph([
      node({ id: 'document:cac-rules', name: 'Rules of the Administration', aliases: ['Measures'] }, IMPORT),
      node({ id: 'document:x-measures', name: 'Measures on Things', aliases: ['Data Security Law'] }, IMPORT),
    ]);
    const preview = previewImport(BUNDLED, incoming);
    expect(preview.newEntries.map((entry) => entry.name)).toEqual(['Rules of the Administration']);
    expect(preview.mergedEntries.map((merge) => [merge.entry.name, merge.into.name])).toEqual([['Measures on Things', 'Data Security Law']]);
  });

  it('shows what the test newsletter adds to the bundled graph', () => {
    const preview = previewImport(seedGraph().graph, makeImport().graph);
    expect(preview.newEntries.map((entry) => entry.name)).toEqual([
      'Guidelines for Compliance of Smart Home Device Data',
      'Measures for the Administration of Quantum Communication Services',
      'Personal Information Protection Law of the People\'s Republic of China',
      'Provisions on the Labelling of Synthetic Voice Content (Draft for Comment)',
      'Lanting Voice Cloning Case',
    ]);
    expect(preview.mergedEntries.find((merge) => merge.into.id === 'document:data-security-law')).toMatchObject({
      entry: { name: 'Data Security Law of the People\'s Republic of China' },
      matchedName: 'Data Security Law',
    });
  });
});
