import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../../lib/build/seeds';
import { graphSchema } from '../../../lib/graph/schema';
import { buildGraph } from '../../../lib/parse/build-graph';
import { foldName, nameKey } from '../../../lib/parse/normalize';
import { SEEDS_DIR, seedGraph } from './seed-graph';

describe('the graph built from seeds/', () => {
  const { graph, errors, issues } = seedGraph();

  it('parses every seed into items', () => {
    expect(errors).toEqual([]);
    expect(issues).toHaveLength(readSeeds(SEEDS_DIR).length);
    for (const issue of issues) expect(issue.items, issue.id).toBeGreaterThan(3);
  });

  it('validates against the schema', () => {
    expect(graphSchema.safeParse(graph).success).toBe(true);
  });

  it('has unique ids and no edge to a missing node', () => {
    const ids = graph.nodes.map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    const dangling = graph.edges.filter((edge) => !known.has(edge.source) || !known.has(edge.target));
    expect(dangling).toEqual([]);
  });

  it('gives every node and edge at least one source with a quote', () => {
    for (const item of [...graph.nodes, ...graph.edges]) {
      expect(item.sources.length).toBeGreaterThan(0);
      for (const source of item.sources) expect(source.quote.length).toBeGreaterThan(0);
    }
  });

  it('shares no name between two entries (as a page would write it)', () => {
    const owners = new Map<string, string[]>();
    for (const node of graph.nodes) {
      for (const name of new Set([node.name, ...node.aliases].map(foldName))) owners.set(name, [...(owners.get(name) ?? []), node.id]);
    }
    const shared = [...owners].filter(([, ids]) => ids.length > 1);
    expect(shared).toEqual([]);
  });

  it('lets only a draft and its final version share a title once draft markers are set aside', () => {
    const draftPairs = new Set(graph.edges.filter((edge) => edge.type === 'draft_of').map((edge) => [edge.source, edge.target].sort().join(' ')));
    const owners = new Map<string, string[]>();
    for (const node of graph.nodes) owners.set(nameKey(node.name), [...(owners.get(nameKey(node.name)) ?? []), node.id]);
    const shared = [...owners.values()].filter((ids) => ids.length > 1 && !draftPairs.has([...ids].sort().join(' ')));
    expect(shared).toEqual([]);
  });

  it('knows the core entries by their usual names', () => {
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    expect(byId.get('authority:cac')?.abbreviations).toContain('CAC');
    expect(byId.get('authority:cac')?.aliases).toContain('State Internet Information Office');
    expect(byId.get('authority:tc260')?.aliases).toContain('National Information Security Standardisation Technical Committee');
    expect(byId.get('authority:samr')?.abbreviations).toEqual(expect.arrayContaining(['SAMR', 'SMAR']));
    const cel = graph.nodes.find((node) => node.name === 'Counter-Espionage Law');
    expect(cel?.abbreviations).toContain('CEL');
  });

  it('links a draft to its final version and keeps both', () => {
    const draftOf = graph.edges.filter((edge) => edge.type === 'draft_of');
    expect(draftOf.length).toBeGreaterThan(0);
    for (const edge of draftOf) {
      const draft = graph.nodes.find((node) => node.id === edge.source);
      const final = graph.nodes.find((node) => node.id === edge.target);
      expect(draft).toMatchObject({ type: 'document', status: 'draft' });
      expect(final?.type).toBe('document');
    }
  });

  it('names a batch of cases by its count, not by the subject of the answers before it', () => {
    const cases = graph.nodes.filter((node) => node.type === 'case').map((node) => node.name);
    expect(cases).toContain('Ten Typical Cases of Infringement of Trade Secrets');
    expect(cases.filter((name) => name.includes(' and Ten Typical Cases'))).toEqual([]);
  });

  it('merges a typo into the right entry ("Innovative" for "Innovating")', () => {
    const matches = graph.nodes.filter((node) => /Opinions on Innovat\w+ the Management of the Information and Communication Industry/.test(node.name));
    expect(matches).toHaveLength(1);
  });

  it('summarises a case in whole sentences: "(No. 192 to No. 195)" does not end one', () => {
    const cases = graph.nodes.filter((node) => node.type === 'case');
    expect(cases.length).toBeGreaterThan(0);
    for (const entry of cases) expect(entry.summary, entry.id).not.toMatch(/\b(?:No|Nos|Art|e\.g|i\.e)\.$/);
    expect(cases.find((entry) => entry.summary.includes('(No. 192 to No. 195)'))).toBeDefined();
  });

  it('records who issued what', () => {
    const issuedBy = (name: string) =>
      graph.edges.filter((edge) => edge.type === 'issued_by' && graph.nodes.find((node) => node.id === edge.source)?.name.startsWith(name)).map((edge) => edge.target);
    expect(issuedBy('Measures for Cybersecurity Management in the Power Industry')).toContain('authority:nea');
    expect(issuedBy('Measures for Data Security Management in Industry')).toContain('authority:miit');
  });

  it('resolves item dates without a year from the issue', () => {
    const draft = graph.nodes.find((node) => node.name.startsWith('Law on Guarding State Secrets (Draft'));
    const source = draft?.sources.find((candidate) => candidate.item.startsWith('Comments Sought'));
    expect(source?.date).toBe('2023-10-21');
  });

  it('is deterministic: the same seeds give the same bytes', () => {
    const again = buildGraph(readSeeds(SEEDS_DIR));
    expect(JSON.stringify(again.graph)).toBe(JSON.stringify(graph));
  });
});
