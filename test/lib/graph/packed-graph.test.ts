import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundledData } from '../../../lib/build/bundled-data';
import { packGraph, unpackGraph } from '../../../lib/graph/packed-graph';

describe('the packed bundled graph', () => {
  const data = buildBundledData(join(__dirname, '../../../seeds'));

  it('unpacks to exactly the graph, each source written once and shared by its nodes and edges', () => {
    const graph = unpackGraph(data.packedGraphJson);
    expect(graph).toEqual(data.result.graph);
    const packed = JSON.parse(data.packedGraphJson) as { sources: unknown[] };
    expect(new Set(packed.sources.map((source) => JSON.stringify(source))).size).toBe(packed.sources.length);
    const shared = graph.edges.flatMap((edge) => edge.sources).filter((source) => graph.nodes.some((node) => node.sources.includes(source)));
    expect(shared.length).toBeGreaterThan(0);
  }, 120_000);

  it('is well under the 5 MB that add-on stores parse, and smaller than the plain graph', () => {
    // The background script and the panel's chunk embed it as a string literal, quotes escaped.
    const embedded = JSON.stringify(data.packedGraphJson).length;
    expect(embedded).toBeLessThan(4_000_000);
    expect(data.packedGraphJson.length).toBeLessThan(data.graphJson.length * 0.7);
  });

  it('refuses what is not a packed graph, with the reason', () => {
    expect(() => unpackGraph(data.graphJson)).toThrow(/not in the packed form/);
    const topic = { id: 'topic:x', type: 'topic', name: 'X', aliases: [], abbreviations: [], summary: '', topics: [], sources: [] };
    const valid = JSON.parse(packGraph({ version: 1, nodes: [topic], edges: [] } as never)) as { strings: string[]; nodes: Array<Record<string, unknown>> } & Record<string, unknown>;
    const sourcesKey = valid.strings.indexOf('sources').toString(36);
    const broken = structuredClone(valid);
    broken.nodes[0]![sourcesKey] = [3];
    expect(() => unpackGraph(JSON.stringify(broken))).toThrow(/names source 3/);
    broken.nodes[0]![sourcesKey] = [];
    broken.edges = [[0, 4, valid.strings.indexOf('topic'), []]];
    expect(() => unpackGraph(JSON.stringify(broken))).toThrow(/names node 4/);
    broken.edges = [];
    broken.sources = [[0, 0, 70, 0, 'q']];
    broken.nodes[0]![sourcesKey] = [0];
    expect(() => unpackGraph(JSON.stringify(broken))).toThrow(/names string 70/);
    broken.sources = [{ newsletter: 0, issue: 0, section: 0, item: 0, quote: 'q' }];
    expect(() => unpackGraph(JSON.stringify(broken))).toThrow(/not a row of its values/);
    // A node field whose name the strings do not hold.
    const unnamed = structuredClone(valid);
    unnamed.nodes[0]!['zz'] = 'x';
    expect(() => unpackGraph(JSON.stringify(unnamed))).toThrow(/names string 1295/);
  });

  it('writes a source as a row, its address as the site (shared) and the rest', () => {
    const source = { newsletter: 'core', issue: 'Page', section: '', item: '', quote: 'q', url: 'https://example.org/a?b=1', supports: ['name'] };
    const other = { ...source, quote: 'r', url: 'https://example.org/c' };
    const graph = {
      version: 1,
      nodes: [{ id: 'topic:x', type: 'topic', name: 'X', aliases: [], abbreviations: [], summary: '', topics: [], sources: [source, other] }],
      edges: [],
    } as never;
    const packed = JSON.parse(packGraph(graph)) as { strings: string[]; sources: unknown[][] };
    expect(packed.sources).toHaveLength(2);
    expect(packed.strings.filter((value) => value === 'https://example.org')).toHaveLength(1);
    expect(packed.sources.map((row) => row[6])).toEqual(['/a?b=1', '/c']);
    expect(unpackGraph(packGraph(graph))).toEqual(graph);
  });

  it('refuses to pack a supported field whose name holds a comma', () => {
    const source = { newsletter: 'core', issue: 'Page', section: '', item: '', quote: 'q', supports: ['name,nameZh'] };
    expect(() => packGraph({ version: 1, nodes: [{ id: 'topic:x', type: 'topic', name: 'X', sources: [source] }], edges: [] } as never)).toThrow(/name,nameZh/);
  });

  it('names an edge’s ends by node index, and keeps an end that is no node by its id', () => {
    const graph = {
      version: 1,
      nodes: [
        { id: 'topic:a', type: 'topic', name: 'A', sources: [] },
        { id: 'topic:b', type: 'topic', name: 'B', sources: [] },
      ],
      edges: [
        { source: 'topic:b', target: 'topic:a', type: 'mentioned_with', weight: 3, sources: [] },
        { source: 'topic:a', target: 'document:elsewhere', type: 'about', weight: 1, sources: [] },
      ],
    } as never;
    const packed = JSON.parse(packGraph(graph)) as { edges: unknown[][] };
    expect(packed.edges.map((edge) => [edge[0], edge[1]])).toEqual([[1, 0], [0, 'document:elsewhere']]);
    expect(unpackGraph(packGraph(graph))).toEqual(graph);
  });
});
