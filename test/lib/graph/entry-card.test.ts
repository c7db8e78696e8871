import { describe, expect, it } from 'vitest';
import { toEntryCard } from '../../../lib/graph/entry-card';
import { entryCardSchema } from '../../../lib/messages';
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
  it('describes an authority by what it is, with its Chinese name, in codes and counts the card words', () => {
    const card = toEntryCard(index.nodesById.get('authority:cac')!, index);
    expect(card).toMatchObject({ kind: 'regulator', nameZh: '国家互联网信息办公室', hub: { level: 'national', issued: 1 }, summary: '', date: undefined });
    expect(entryCardSchema.parse(card)).toEqual(card);
  });

  it('shows a document with its issuer, its rank’s Chinese term, status and issue date as codes', () => {
    const card = toEntryCard(index.nodesById.get('document:issued')!, index);
    expect(card).toMatchObject({ issuer: 'CAC', kind: 'departmental_rule', rankZh: '部门规章', status: 'final', validity: undefined, date: { kind: 'issued', iso: '2023-01-06' }, summary: 'What A does.' });
    expect(entryCardSchema.parse(card)).toEqual(card);
  });

  it('never passes off the date a newsletter mentioned a document as its issue date', () => {
    expect(toEntryCard(index.nodesById.get('document:mentioned')!, index).date).toBeUndefined();
  });
});
