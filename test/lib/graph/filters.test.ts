import { describe, expect, it } from 'vitest';
import {
  browseEntries,
  countActiveFilters,
  isDateInRange,
  matchesFilters,
  NO_FILTERS,
  topicIdsOf,
  topicOptions,
  type EntryFilters,
} from '../../../lib/graph/filters';
import { indexGraph } from '../../../lib/graph/graph-index';
import type { Graph, GraphEdge, GraphNode } from '../../../lib/graph/schema';

const source = { newsletter: '001.txt', issue: 'Issue', section: 'Legislation', item: 'Item', quote: 'Quote.' };

function doc(id: string, extra: Partial<Extract<GraphNode, { type: 'document' }>> = {}): GraphNode {
  return { id: `document:${id}`, type: 'document', name: id, aliases: [], abbreviations: [], summary: '', topics: [], sources: [source], kind: 'departmental_rule', status: 'final', jurisdiction: 'PRC', ...extra };
}
const cac: GraphNode = { id: 'authority:cac', type: 'authority', name: 'Cyberspace Administration of China', aliases: [], abbreviations: ['CAC'], summary: '', topics: [], sources: [source], kind: 'regulator', level: 'national' };
const ai: GraphNode = { id: 'topic:ai', type: 'topic', name: 'Artificial intelligence', aliases: [], abbreviations: [], summary: '', topics: [], sources: [source] };
const data: GraphNode = { id: 'topic:data-protection', type: 'topic', name: 'Data protection', aliases: [], abbreviations: [], summary: '', topics: [], sources: [source] };
const ruling: GraphNode = { id: 'case:ai-voice', type: 'case', name: 'AI voice case', aliases: [], abbreviations: [], summary: '', topics: ['topic:ai'], sources: [source], date: '2024-04-23' };
const about = (from: string, to: string): GraphEdge => ({ source: from, target: to, type: 'about', weight: 1, sources: [source] });

const graph: Graph = {
  version: 1,
  nodes: [
    cac,
    ai,
    data,
    ruling,
    doc('genai-measures', { issued: '2023-07-10' }),
    doc('genai-draft', { status: 'draft', issued: '2023-04' }),
    doc('pipl', { issued: '2021-08-20', topics: ['data-protection'] }),
    doc('undated'),
  ],
  edges: [about('document:genai-measures', 'topic:ai'), about('document:genai-draft', 'topic:ai')],
};
const index = indexGraph(graph);
const node = (id: string) => index.nodesById.get(id)!;
const filters = (extra: Partial<EntryFilters>): EntryFilters => ({ ...NO_FILTERS, ...extra });

describe('isDateInRange', () => {
  it.each([
    ['2023-07-10', '2023-01-01', '2023-12-31', true],
    ['2023-07-10', '2023-07-11', undefined, false],
    ['2023-07-10', undefined, '2023-07-09', false],
    ['2023-07-10', '2023-07-10', '2023-07-10', true],
    // A month or a year counts as its whole span, so it matches any overlapping range.
    ['2023-04', '2023-04-15', '2023-04-15', true],
    ['2023', '2023-12-31', undefined, true],
    ['2023', undefined, '2022-12-31', false],
    // Bounds may be partial too.
    ['2023-07-10', '2023', '2023', true],
    ['2024-01-01', '2023', '2023', false],
    [undefined, '2023', undefined, false],
    [undefined, undefined, undefined, true],
  ])('%s in [%s, %s] is %s', (date, from, to, expected) => {
    expect(isDateInRange(date, from, to)).toBe(expected);
  });
});

describe('matchesFilters', () => {
  it('keeps everything without filters', () => {
    expect(graph.nodes.every((entry) => matchesFilters(index, entry, NO_FILTERS))).toBe(true);
  });

  it('keeps only the chosen types', () => {
    const kept = graph.nodes.filter((entry) => matchesFilters(index, entry, filters({ types: ['case', 'topic'] })));
    expect(kept.map((entry) => entry.id)).toEqual(['topic:ai', 'topic:data-protection', 'case:ai-voice']);
  });

  it('narrows documents by status and leaves other types alone', () => {
    const onlyDrafts = filters({ statuses: ['draft'] });
    expect(matchesFilters(index, node('document:genai-draft'), onlyDrafts)).toBe(true);
    expect(matchesFilters(index, node('document:genai-measures'), onlyDrafts)).toBe(false);
    expect(matchesFilters(index, cac, onlyDrafts)).toBe(true);
    expect(matchesFilters(index, ruling, onlyDrafts)).toBe(true);
  });

  it('narrows documents and cases by date, dropping undated ones', () => {
    const in2023 = filters({ from: '2023-01-01', to: '2023-12-31' });
    expect(matchesFilters(index, node('document:genai-measures'), in2023)).toBe(true);
    expect(matchesFilters(index, node('document:pipl'), in2023)).toBe(false);
    expect(matchesFilters(index, node('document:undated'), in2023)).toBe(false);
    expect(matchesFilters(index, ruling, in2023)).toBe(false);
    expect(matchesFilters(index, cac, in2023)).toBe(true);
  });

  it('narrows by topic through about edges and the entry\'s own topic list (by id or slug)', () => {
    const aiOnly = filters({ topics: ['topic:ai'] });
    expect(matchesFilters(index, node('document:genai-measures'), aiOnly)).toBe(true);
    expect(matchesFilters(index, ruling, aiOnly)).toBe(true);
    expect(matchesFilters(index, node('document:pipl'), aiOnly)).toBe(false);
    expect(matchesFilters(index, node('document:pipl'), filters({ topics: ['topic:data-protection'] }))).toBe(true);
  });
});

describe('topicIdsOf and topicOptions', () => {
  it('resolves topics given by id, slug or name to topic node ids', () => {
    expect([...topicIdsOf(index, node('document:pipl'))]).toEqual(['topic:data-protection']);
    expect([...topicIdsOf(index, ruling)]).toEqual(['topic:ai']);
  });

  it('lists topics by name with the number of documents and cases about each', () => {
    expect(topicOptions(index)).toEqual([
      { id: 'topic:ai', name: 'Artificial intelligence', count: 3 },
      { id: 'topic:data-protection', name: 'Data protection', count: 1 },
    ]);
  });
});

describe('browseEntries', () => {
  it('lists documents and cases only, newest first, when topic, status or date is set', () => {
    const ids = browseEntries(index, filters({ topics: ['topic:ai'] })).map((entry) => entry.id);
    expect(ids).toEqual(['case:ai-voice', 'document:genai-measures', 'document:genai-draft']);
  });

  it('lists every entry of the chosen types when only types are set', () => {
    const ids = browseEntries(index, filters({ types: ['authority', 'topic'] })).map((entry) => entry.id);
    // Undated entries come by name.
    expect(ids).toEqual(['topic:ai', 'authority:cac', 'topic:data-protection']);
  });

  it('counts each kind of filter once', () => {
    expect(countActiveFilters(NO_FILTERS)).toBe(0);
    expect(countActiveFilters(filters({ types: ['case'], statuses: ['draft', 'final'], from: '2023' }))).toBe(3);
  });
});
