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
    const broken = JSON.parse(packGraph({ version: 1, nodes: [], edges: [] } as never)) as Record<string, unknown>;
    broken.nodes = [{ id: 'topic:x', type: 'topic', name: 'X', sources: [3] }];
    expect(() => unpackGraph(JSON.stringify(broken))).toThrow(/names source 3/);
    broken.nodes = [{ id: 'topic:x', type: 'topic', name: 'X', sources: [] }];
    broken.edges = [{ source: 0, target: 4, type: 'about', sources: [] }];
    expect(() => unpackGraph(JSON.stringify(broken))).toThrow(/names node 4/);
    broken.edges = [];
    broken.sources = [{ newsletter: 0, issue: 0, section: 7, item: 'x', quote: 'q' }];
    broken.nodes = [{ id: 'topic:x', type: 'topic', name: 'X', sources: [0] }];
    expect(() => unpackGraph(JSON.stringify(broken))).toThrow(/names string 0/);
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
        { source: 'topic:b', target: 'topic:a', type: 'mentioned_with', sources: [] },
        { source: 'topic:a', target: 'document:elsewhere', type: 'about', sources: [] },
      ],
    } as never;
    const packed = JSON.parse(packGraph(graph)) as { edges: Array<{ source: unknown; target: unknown }> };
    expect(packed.edges.map((edge) => [edge.source, edge.target])).toEqual([[1, 0], [0, 'document:elsewhere']]);
    expect(unpackGraph(packGraph(graph))).toEqual(graph);
  });
});
