import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../lib/graph/graph-index';
import {
  buildNeighbourhood,
  graphLabelOf,
  mostConnected,
  placeAround,
  rankedNeighbours,
  type Neighbourhood,
} from '../../../lib/graph/neighbourhood';
import type { EdgeType, Graph, GraphEdge, GraphNode } from '../../../lib/graph/schema';

const source = { newsletter: '001.txt', issue: 'Issue', section: 'Legislation', item: 'Item', quote: 'Quote.' };
const base = { aliases: [] as string[], abbreviations: [] as string[], summary: '', topics: [] as string[], sources: [source] };
function doc(slug: string, issued?: string, extra: Partial<Extract<GraphNode, { type: 'document' }>> = {}): GraphNode {
  return { ...base, id: `document:${slug}`, type: 'document', name: `Document ${slug}`, kind: 'departmental_rule', status: 'final', issued, jurisdiction: 'PRC', ...extra };
}
function edge(from: string, type: EdgeType, to: string, weight = 1): GraphEdge {
  return { source: from, target: to, type, weight, sources: [source] };
}
const cac: GraphNode = { ...base, id: 'authority:cac', type: 'authority', name: 'Cyberspace Administration of China', abbreviations: ['CAC'], kind: 'regulator', level: 'national' };
const miit: GraphNode = { ...base, id: 'authority:miit', type: 'authority', name: 'Ministry of Industry and Information Technology', abbreviations: ['MIIT'], kind: 'ministry', level: 'national' };
const topic: GraphNode = { ...base, id: 'topic:data', type: 'topic', name: 'Data protection' };

/** The CAC issued 30 documents (a hub); one of them is based on the PIPL, which the MIIT also cites in passing. */
function hubGraph(): Graph {
  const issued = Array.from({ length: 30 }, (_, i) => doc(`d${String(i).padStart(2, '0')}`, `2023-01-${String(i + 1).padStart(2, '0')}`));
  return {
    version: 1,
    nodes: [cac, miit, topic, doc('pipl', '2021-08-20'), ...issued],
    edges: [
      ...issued.map((d) => edge(d.id, 'issued_by', 'authority:cac')),
      edge('document:d29', 'based_on', 'document:pipl'),
      edge('document:d29', 'about', 'topic:data'),
      edge('document:pipl', 'mentioned_with', 'authority:miit', 3),
      edge('document:d29', 'mentioned_with', 'authority:cac', 4),
    ],
  };
}
const index = indexGraph(hubGraph());
const idsOf = (hood: Neighbourhood) => hood.nodes.map((node) => node.id);

describe('buildNeighbourhood', () => {
  it('draws nothing for an unknown entry', () => {
    expect(buildNeighbourhood(index, 'document:missing', { depth: 1 })).toEqual({ centreId: 'document:missing', nodes: [], edges: [] });
  });

  it('draws a document with its direct links at depth 1, one edge per pair (the strongest)', () => {
    const hood = buildNeighbourhood(index, 'document:d29', { depth: 1 });
    expect(idsOf(hood)).toEqual(['document:d29', 'authority:cac', 'document:pipl', 'topic:data']);
    expect(hood.nodes.map((node) => node.ring)).toEqual([0, 1, 1, 1]);
    expect(hood.edges.map((e) => [e.source, e.label, e.target])).toEqual([
      ['document:d29', 'about', 'topic:data'],
      ['document:d29', 'based on', 'document:pipl'],
      ['document:d29', 'issued by', 'authority:cac'],
    ]);
  });

  it('caps a hub and says how many more there are, keeping the newest', () => {
    const hood = buildNeighbourhood(index, 'authority:cac', { depth: 1, limits: { centre: 10 } });
    const drawn = hood.nodes.filter((node) => node.type === 'document').map((node) => node.id);
    expect(drawn).toHaveLength(10);
    expect(drawn[0]).toBe('document:d29');
    expect(drawn).toContain('document:d20');
    expect(drawn).not.toContain('document:d19');
    const more = hood.nodes.find((node) => node.type === 'more');
    expect(more).toMatchObject({ id: 'more:authority:cac', label: '+20 more', hiddenCount: 20, ownerId: 'authority:cac', ring: 1 });
    expect(hood.nodes.find((node) => node.id === 'authority:cac')?.hiddenCount).toBe(20);
    expect(hood.edges).toContainEqual(expect.objectContaining({ source: 'authority:cac', target: 'more:authority:cac', type: 'more' }));
  });

  it('shows more of a hub each time it is expanded', () => {
    const once = buildNeighbourhood(index, 'authority:cac', { depth: 1, limits: { centre: 10, step: 12 }, expanded: new Map([['authority:cac', 1]]) });
    expect(once.nodes.filter((node) => node.type === 'document')).toHaveLength(22);
    const twice = buildNeighbourhood(index, 'authority:cac', { depth: 1, limits: { centre: 10, step: 12 }, expanded: new Map([['authority:cac', 2]]) });
    expect(twice.nodes.filter((node) => node.type === 'document')).toHaveLength(30);
    expect(twice.nodes.some((node) => node.type === 'more')).toBe(false);
  });

  it('reaches second neighbours at depth 2, a few per node, ordered under their parent', () => {
    const hood = buildNeighbourhood(index, 'document:pipl', { depth: 2, limits: { perNode: 2 } });
    const ring = (n: number) => hood.nodes.filter((node) => node.ring === n).map((node) => node.id);
    expect(ring(1)).toEqual(['authority:miit', 'document:d29']);
    // d29's neighbours: the CAC (issuer) and the topic, both within perNode = 2.
    expect(ring(2)).toEqual(['authority:cac', 'topic:data']);
    expect(hood.nodes.every((node, i) => i === 0 || node.ring >= hood.nodes[i - 1]!.ring)).toBe(true);
  });

  it('expands a leaf in place, adding its neighbours on the next ring', () => {
    const hood = buildNeighbourhood(index, 'document:pipl', { depth: 1, expanded: new Map([['document:d29', 1]]) });
    expect(hood.nodes.filter((node) => node.ring === 2).map((node) => node.id)).toEqual(['authority:cac', 'topic:data']);
  });

  it('gives leaves the number of neighbours not drawn, so the view can offer to expand them', () => {
    const hood = buildNeighbourhood(index, 'document:pipl', { depth: 1 });
    expect(hood.nodes.find((node) => node.id === 'document:d29')?.hiddenCount).toBe(2);
    expect(hood.nodes.some((node) => node.type === 'more')).toBe(false);
  });

  it('leaves out neighbours the filters reject, but never the centre', () => {
    const hood = buildNeighbourhood(index, 'document:d29', { depth: 1, include: (node) => node.type === 'document' });
    expect(idsOf(hood)).toEqual(['document:d29', 'document:pipl']);
  });

  it('never draws more than the hard cap', () => {
    const hood = buildNeighbourhood(index, 'authority:cac', { depth: 2, limits: { maxNodes: 8 }, expanded: new Map([['authority:cac', 5]]) });
    expect(hood.nodes.filter((node) => node.type !== 'more')).toHaveLength(8);
  });

  it('draws co-mentions only where they link to the centre or brought a node in', () => {
    // From the MIIT: PIPL (co-mention, tree link) → d29 (based_on). The d29–CAC co-mention is neither.
    const hood = buildNeighbourhood(index, 'authority:miit', { depth: 2, limits: { perNode: 5 } });
    const pairs = hood.edges.map((e) => `${e.source} ${e.type} ${e.target}`);
    expect(pairs).toContain('document:pipl mentioned_with authority:miit');
    expect(pairs).toContain('document:d29 based_on document:pipl');
  });
});

describe('rankedNeighbours', () => {
  it('puts stated links before topics and co-mentions, newest first within a relation', () => {
    expect(rankedNeighbours(index, 'document:d29')).toEqual([
      index.nodesById.get('authority:cac'),
      index.nodesById.get('document:pipl'),
      index.nodesById.get('topic:data'),
    ]);
  });
});

describe('graphLabelOf', () => {
  it('uses an authority\'s abbreviation, a standard\'s code and a long title\'s short name', () => {
    expect(graphLabelOf(cac)).toBe('CAC');
    expect(graphLabelOf(doc('std', undefined, { name: 'Information security technology — Basic security requirements for generative AI service', code: 'TC260-003' }))).toBe('TC260-003');
    expect(graphLabelOf(doc('pipl', undefined, { name: 'Personal Information Protection Law of the People\'s Republic of China', abbreviations: ['PIPL'] }))).toBe('PIPL');
  });

  it('shortens a long title without a short name at a word boundary', () => {
    const label = graphLabelOf(doc('long', undefined, { name: 'Measures for the Security Assessment of Outbound Data Transfers and Related Matters' }));
    expect(label).toBe('Measures for the Security Assessment of…');
    expect(label.length).toBeLessThanOrEqual(44);
  });
});

describe('placeAround', () => {
  it('puts new nodes on an arc facing away from the centre', () => {
    const points = placeAround({ x: 100, y: 0 }, { x: 0, y: 0 }, 3, 50, 10);
    expect(points).toHaveLength(3);
    for (const point of points) {
      expect(point.x).toBeGreaterThan(100);
      expect(Math.hypot(point.x - 100, point.y)).toBeCloseTo(50);
    }
  });

  it('widens the radius so many nodes keep their gap', () => {
    const points = placeAround({ x: 0, y: 0 }, undefined, 40, 50, 30);
    const radius = Math.hypot(points[0]!.x, points[0]!.y);
    expect(radius * 2 * Math.PI).toBeGreaterThanOrEqual(40 * 30 - 1e-6);
    expect(placeAround({ x: 0, y: 0 }, undefined, 0, 50, 30)).toEqual([]);
  });
});

describe('mostConnected', () => {
  it('ranks entries by distinct stated links, co-mentions aside', () => {
    expect(mostConnected(index, 2).map((node) => node.id)).toEqual(['authority:cac', 'document:d29']);
    expect(mostConnected(index, 1, 'document').map((node) => node.id)).toEqual(['document:d29']);
  });
});
