import { describe, expect, it } from 'vitest';
import { findEntryByName } from '../../../lib/graph/find-entry-by-name';
import type { Graph } from '../../../lib/graph/schema';

const source = { newsletter: 'n.txt', issue: 'Issue', section: 'S', item: 'I', quote: 'Q' };
const graph: Graph = {
  version: 1,
  edges: [],
  nodes: [
    { id: 'authority:cac', type: 'authority', name: 'Cyberspace Administration of China', aliases: ['State Internet Information Office'], abbreviations: ['CAC'], summary: '', topics: [], sources: [source], kind: 'regulator', level: 'national' },
    { id: 'document:data-security-law', type: 'document', name: 'Data Security Law', aliases: ['数据安全法'], abbreviations: ['DSL'], summary: '', topics: [], sources: [source], kind: 'law', status: 'final', jurisdiction: 'PRC' },
  ],
};

describe('findEntryByName', () => {
  it.each([
    ['CAC', 'authority:cac'],
    [' the Cyberspace  Administration of China.', 'authority:cac'],
    ['“Data Security Law”', 'document:data-security-law'],
    ['数据安全法', 'document:data-security-law'],
  ])('%s → %s', (text, id) => {
    expect(findEntryByName(graph, text)?.id).toBe(id);
  });
  it.each(['cac', 'Data Security', '', 'Law'])('%s names nothing', (text) => {
    expect(findEntryByName(graph, text)).toBeUndefined();
  });
});
