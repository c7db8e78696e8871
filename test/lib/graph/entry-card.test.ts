import { describe, expect, it } from 'vitest';
import { toEntryCard } from '../../../lib/graph/entry-card';
import { indexGraph } from '../../../lib/graph/graph-index';
import type { Graph } from '../../../lib/graph/schema';

const source = { newsletter: 'n.txt', issue: 'Issue', section: 'S', item: 'I', date: '2023-01-06', quote: 'On 6 January 2023, the CAC issued the Measures.' };
const graph: Graph = {
  version: 1,
  nodes: [
    { id: 'authority:cac', type: 'authority', name: 'Cyberspace Administration of China', aliases: [], abbreviations: ['CAC'], summary: '', topics: [], sources: [source], nameZh: '国家互联网信息办公室', kind: 'regulator', level: 'national' },
    { id: 'document:issued', type: 'document', name: 'Measures A', aliases: [], abbreviations: [], summary: 'What A does.', topics: [], sources: [source], kind: 'departmental_rule', status: 'final', issued: '2023-01-06', jurisdiction: 'PRC' },
    { id: 'document:mentioned', type: 'document', name: 'Measures B', aliases: [], abbreviations: [], summary: '', topics: [], sources: [source], kind: 'departmental_rule', status: 'unknown', jurisdiction: 'PRC' },
  ],
  edges: [{ source: 'document:issued', target: 'authority:cac', type: 'issued_by', weight: 1, sources: [source] }],
};
const index = indexGraph(graph);

describe('toEntryCard', () => {
  it('describes an authority by what it is, with its Chinese name', () => {
    expect(toEntryCard(index.nodesById.get('authority:cac')!, index)).toMatchObject({
      kindLabel: 'Regulator · 国家互联网信息办公室',
      summary: 'National-level regulator; 1 document issued in TMT Lens.',
      date: undefined,
    });
  });

  it('shows a document with its issuer, status and issue date, written as everywhere else', () => {
    expect(toEntryCard(index.nodesById.get('document:issued')!, index)).toMatchObject({ issuer: 'CAC', status: 'Final', date: 'Issued 6 Jan 2023', summary: 'What A does.' });
  });

  it('never passes off the date a newsletter mentioned a document as its issue date', () => {
    expect(toEntryCard(index.nodesById.get('document:mentioned')!, index).date).toBeUndefined();
  });
});
