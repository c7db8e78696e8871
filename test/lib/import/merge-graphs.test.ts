import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphSchema, type Graph } from '../../../lib/graph/schema';
import { EMPTY_GRAPH, mergeGraphs } from '../../../lib/import/merge-graphs';
import { mergeImports } from '../../../lib/import/merge-imports';
import { seedGraph } from '../parse/seed-graph';
import { makeImport } from '../storage/fixtures';
import { BUNDLED, edge, graph, node, source } from './graphs';

const IMPORT = 'import:0123456789abcd';

function nodeOf(merged: Graph, id: string) {
  const found = merged.nodes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

describe('merging a user graph into the bundled one', () => {
  it('merges an entity whose name key equals an existing one into it, keeping its id and name', () => {
    const user = graph([node({ id: 'document:data-security-law-of-prc', name: 'Data Security Law of the People’s Republic of China', code: undefined, effective: '2021-09-01' }, IMPORT)]);
    const merged = mergeGraphs(BUNDLED, user);
    expect(merged.nodes).toHaveLength(BUNDLED.nodes.length);
    const law = nodeOf(merged, 'document:data-security-law');
    expect(law.name).toBe('Data Security Law');
    expect(law.aliases).toEqual(['数据安全法', 'Data Security Law of the People’s Republic of China']);
    expect(law.sources.map((s) => s.newsletter)).toEqual(['seed.txt', IMPORT]);
    expect(law).toMatchObject({ issued: '2021-06-10', effective: '2021-09-01' });
  });

  it('adds entities that are new, under their own ids', () => {
    const user = graph([node({ id: 'document:quantum-measures', name: 'Measures for Quantum Services' }, IMPORT)]);
    const merged = mergeGraphs(BUNDLED, user);
    expect(merged.nodes.map((n) => n.id)).toEqual([...BUNDLED.nodes.map((n) => n.id), 'document:quantum-measures']);
  });

  it('keeps a draft and its final version apart, as the parser does', () => {
    const user = graph([
      node({ id: 'document:measures-for-x-draft', name: 'Draft Measures for X', status: 'draft' }, IMPORT),
      node({ id: 'document:measures-for-x', name: 'Measures for X', status: 'final' }, IMPORT),
    ]);
    const merged = mergeGraphs(BUNDLED, user);
    expect(merged.nodes).toHaveLength(BUNDLED.nodes.length);
    expect(nodeOf(merged, 'document:measures-for-x-draft').sources).toHaveLength(2);
    expect(nodeOf(merged, 'document:measures-for-x').sources).toHaveLength(2);
  });

  it('numbers a new entity whose id is taken by a different one', () => {
    const user = graph([node({ id: 'document:measures-for-x', name: 'Entirely Other Measures', status: 'draft' }, IMPORT)]);
    const merged = mergeGraphs(BUNDLED, user);
    expect(nodeOf(merged, 'document:measures-for-x-2').name).toBe('Entirely Other Measures');
    expect(nodeOf(merged, 'document:measures-for-x').sources).toHaveLength(1);
  });

  it('never gives a name or abbreviation that belongs to one entry to another', () => {
    const user = graph([
      node({ id: 'document:other-law', name: 'Other Law', aliases: ['Cyberspace Administration of China', 'Other Act'], abbreviations: ['CAC', 'OL'] }, IMPORT),
      node({ id: 'authority:cac', name: 'Cyberspace Administration of China', aliases: ['Data Security Law'], abbreviations: ['CAC', 'DSL'] }, IMPORT),
    ]);
    const merged = mergeGraphs(BUNDLED, user);
    expect(nodeOf(merged, 'document:other-law')).toMatchObject({ aliases: ['Other Act'], abbreviations: ['OL'] });
    expect(nodeOf(merged, 'authority:cac')).toMatchObject({ aliases: ['国家互联网信息办公室'], abbreviations: ['CAC'] });
  });

  it('moves edges to the merged ids, merges duplicate edges and drops those with unknown ends', () => {
    const user = graph(
      [
        node({ id: 'document:dsl', name: 'The Data Security Law' }, IMPORT),
        node({ id: 'authority:cac', name: 'Cyberspace Administration of China' }, IMPORT),
        node({ id: 'document:new-rules', name: 'New Rules on Things' }, IMPORT),
      ],
      [
        edge('document:dsl', 'issued_by', 'authority:cac', IMPORT),
        edge('document:new-rules', 'issued_by', 'authority:cac', IMPORT),
        edge('document:new-rules', 'cites', 'document:nowhere', IMPORT),
        edge('document:dsl', 'mentioned_with', 'document:new-rules', IMPORT),
      ],
    );
    const merged = mergeGraphs(BUNDLED, user);
    const issuedBy = merged.edges.filter((e) => e.type === 'issued_by');
    expect(issuedBy.map((e) => [e.source, e.target, e.sources.length])).toEqual([
      ['document:data-security-law', 'authority:cac', 2],
      ['document:new-rules', 'authority:cac', 1],
    ]);
    expect(merged.edges.some((e) => e.target === 'document:nowhere')).toBe(false);
    expect(merged.edges.find((e) => e.type === 'mentioned_with')).toMatchObject({ source: 'document:data-security-law', target: 'document:new-rules' });
  });

  it('counts a co-mention once per item', () => {
    const base = graph([node({ id: 'document:a-law', name: 'A Law' }), node({ id: 'document:b-law', name: 'B Law' })], [edge('document:a-law', 'mentioned_with', 'document:b-law')]);
    const user = graph([node({ id: 'document:a-law', name: 'A Law' }, IMPORT), node({ id: 'document:b-law', name: 'B Law' }, IMPORT)], [
      edge('document:a-law', 'mentioned_with', 'document:b-law', IMPORT, 'One'),
    ]);
    const merged = mergeGraphs(base, user);
    expect(merged.edges[0]).toMatchObject({ weight: 2 });
    expect(mergeGraphs(merged, user).edges[0]).toMatchObject({ weight: 2 });
  });

  it('leaves its inputs unchanged', () => {
    const before = structuredClone(BUNDLED);
    const user = graph([node({ id: 'document:dsl', name: 'Data Security Law', aliases: ['DSL Act'] }, IMPORT)]);
    const userBefore = structuredClone(user);
    mergeGraphs(BUNDLED, user);
    expect(BUNDLED).toEqual(before);
    expect(user).toEqual(userBefore);
  });

  it('gives a valid graph with no dangling edge, and merging twice gives what merging once gives, for real newsletters', () => {
    const bundled = seedGraph().graph;
    const user = makeImport().graph;
    const once = mergeGraphs(bundled, user);
    expect(graphSchema.safeParse(once).success).toBe(true);
    const ids = new Set(once.nodes.map((n) => n.id));
    expect(once.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(new Set(once.nodes.map((n) => n.id)).size).toBe(once.nodes.length);
    expect(mergeGraphs(once, user)).toEqual(once);
  });

  it('is idempotent for any subset of a seed newsletter’s graph merged into the others', () => {
    const seeds = seedGraph().graph;
    const byNewsletter = (name: string): Graph => {
      const nodes = seeds.nodes
        .filter((n) => n.sources.some((s) => s.newsletter === name))
        .map((n) => ({ ...n, sources: n.sources.filter((s) => s.newsletter === name).map((s) => ({ ...s, newsletter: IMPORT })) }));
      return graph(nodes, []);
    };
    const newsletters = [...new Set(seeds.nodes.flatMap((n) => n.sources.map((s) => s.newsletter)))];
    fc.assert(
      fc.property(fc.constantFrom(...newsletters), fc.subarray(seeds.nodes.map((n) => n.id), { maxLength: 40 }), (newsletter, keep) => {
        const incoming = byNewsletter(newsletter);
        const base = graph(seeds.nodes.filter((n) => keep.includes(n.id)));
        const once = mergeGraphs(base, incoming);
        expect(mergeGraphs(once, incoming)).toEqual(once);
        expect(graphSchema.safeParse(once).success).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('merging imports with each other', () => {
  it('merges imports oldest first into one user graph, without the bundled graph', () => {
    const older = { id: 'aaaaaaaaaaaaaa', importedAt: '2025-01-01T00:00:00.000Z', graph: graph([node({ id: 'document:new-rules', name: 'New Rules on Things' }, 'import:aaaaaaaaaaaaaa')]) };
    const newer = {
      id: 'bbbbbbbbbbbbbb',
      importedAt: '2025-02-01T00:00:00.000Z',
      graph: graph([node({ id: 'document:the-new-rules', name: 'The New Rules on Things', aliases: ['NR'] }, 'import:bbbbbbbbbbbbbb')]),
    };
    const user = mergeImports([newer, older]);
    expect(user.nodes).toHaveLength(1);
    expect(user.nodes[0]).toMatchObject({ id: 'document:new-rules', aliases: ['The New Rules on Things', 'NR'] });
    expect(user.nodes[0]!.sources.map((s) => s.newsletter)).toEqual(['import:aaaaaaaaaaaaaa', 'import:bbbbbbbbbbbbbb']);
    expect(mergeImports([])).toEqual(EMPTY_GRAPH);
  });

  it('marks merged entries with every import as a source', () => {
    const merged = mergeGraphs(BUNDLED, graph([node({ id: 'authority:cac', name: 'Cyberspace Administration of China' }, IMPORT)]));
    expect(nodeOf(merged, 'authority:cac').sources).toEqual([source('seed.txt'), source(IMPORT)]);
  });
});
