import { describe, expect, it } from 'vitest';
import { graphSchema, type Graph, type Source } from '../../../lib/graph/schema';
import type { CoreInstrument } from '../../../lib/knowledge/core/types';
import { mergeCoreLayer } from '../../../lib/parse/merge-core-layer';

const newsletter: Source = { newsletter: '000.txt', issue: 'Issue', section: 'S', item: 'Item', quote: 'The Data Security Law was mentioned.' };
const quote = (supports: CoreInstrument['sources'][number]['supports'], text = 'The Data Security Law (数据安全法) was adopted by the NPC Standing Committee on June 10, 2021.') => ({
  url: 'https://example.org/dsl',
  title: 'Example',
  quote: text,
  supports,
});

const graph: Graph = {
  version: 1,
  nodes: [
    { id: 'document:data-security-law', type: 'document', name: 'PRC Data Security Law', aliases: [], abbreviations: [], summary: 'borrowed line', topics: [], sources: [newsletter], kind: 'other', status: 'unknown', jurisdiction: 'PRC' },
    { id: 'document:outbound-draft', type: 'document', name: 'Measures for Outbound Data (Draft for Comment)', aliases: [], abbreviations: [], summary: '', topics: [], sources: [newsletter], kind: 'departmental_rule', status: 'draft', jurisdiction: 'PRC' },
  ],
  edges: [],
};

const dsl: CoreInstrument = {
  id: 'document:dsl-core',
  name: 'Data Security Law',
  nameZh: '数据安全法',
  abbreviations: ['DSL'],
  kind: 'law',
  status: 'final',
  issuers: ['npc-standing-committee'],
  adopted: '2021-06-10',
  summary: 'Sets the rules for data processing and data security.',
  sources: [quote(['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'summary']), quote(['abbreviations'], 'the Data Security Law (DSL)')],
};

const layer = (instruments: CoreInstrument[]) => ({ instruments, authorities: [], variants: [], cases: [], titlesZh: [] });

describe('mergeCoreLayer', () => {
  it('enriches the newsletters’ entry for the same instrument under its id, keeping its sources', () => {
    const { graph: merged, report } = mergeCoreLayer(graph, layer([dsl]));
    expect(graphSchema.safeParse(merged).success).toBe(true);
    const node = merged.nodes.find((candidate) => candidate.id === 'document:data-security-law');
    expect(node).toMatchObject({ name: 'Data Security Law', kind: 'law', status: 'final', adopted: '2021-06-10', nameZh: '数据安全法', summary: 'Sets the rules for data processing and data security.' });
    expect(node?.aliases).toEqual(expect.arrayContaining(['PRC Data Security Law', '数据安全法']));
    expect(node?.sources[0]).toEqual(newsletter);
    expect(node?.sources.some((source) => source.url === 'https://example.org/dsl' && source.supports?.includes('Chinese title'))).toBe(true);
    expect(merged.nodes.some((candidate) => candidate.id === 'document:dsl-core')).toBe(false);
    expect(report.enriched).toEqual(['document:data-security-law']);
  });

  it('marks an English title no quote writes as translated, and no longer cites a quote for it', () => {
    const translated: CoreInstrument = { ...dsl, id: 'document:local-data-rules', name: 'Measures of Somewhere for Public Data', nameZh: '某地公共数据办法', abbreviations: [], sources: [quote(['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'summary'], '《某地公共数据办法》 adopted 2021')] };
    const { graph: merged } = mergeCoreLayer(graph, layer([translated, dsl]));
    const node = merged.nodes.find((candidate) => candidate.id === 'document:local-data-rules');
    expect(node).toMatchObject({ type: 'document', titleTranslated: true });
    expect(node?.sources.every((source) => !source.supports?.includes('English title'))).toBe(true);
    expect(node?.sources[0]?.supports).toContain('Chinese title');
    // Written by a quote (articles and spelling aside): not a translation.
    const written = merged.nodes.find((candidate) => candidate.id === 'document:data-security-law');
    expect(written).not.toHaveProperty('titleTranslated');
    expect(written?.sources.some((source) => source.supports?.includes('English title'))).toBe(true);
  });

  it('does not mark a title the newsletters used as translated', () => {
    const sameAsNewsletter: CoreInstrument = { ...dsl, name: 'PRC Data Security Law', sources: [quote(['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'summary'], '《数据安全法》 adopted 2021 by the NPC Standing Committee')] };
    const { graph: merged } = mergeCoreLayer(graph, layer([sameAsNewsletter]));
    expect(merged.nodes.find((candidate) => candidate.id === 'document:data-security-law')).not.toHaveProperty('titleTranslated');
  });

  it('takes a Chinese title with or without its trailing (试行) as the same instrument', () => {
    const withZh: Graph = { ...graph, nodes: graph.nodes.map((node) => (node.id === 'document:data-security-law' ? { ...node, name: 'Data Measures for Trial', nameZh: '数据管理办法', aliases: ['数据管理办法'] } : node)) };
    const trial: CoreInstrument = { ...dsl, id: 'document:data-measures-core', name: 'Measures for Data (for Trial Implementation)', nameZh: '数据管理办法(试行)', abbreviations: [], sources: [quote(['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'summary'], '《数据管理办法(试行)》 Measures for Data (for Trial Implementation) adopted 2021')] };
    const { graph: merged, report } = mergeCoreLayer(withZh, layer([trial]));
    expect(report.enriched).toEqual(['document:data-security-law']);
    expect(merged.nodes.some((candidate) => candidate.id === 'document:data-measures-core')).toBe(false);
  });

  it('links the issuer with the quote that names it', () => {
    const { graph: merged } = mergeCoreLayer(graph, layer([dsl]));
    const edge = merged.edges.find((candidate) => candidate.type === 'issued_by' && candidate.source === 'document:data-security-law');
    expect(edge?.target).toBe('authority:npc-standing-committee');
    expect(edge?.sources[0]?.quote).toContain('Standing Committee');
    expect(merged.nodes.find((candidate) => candidate.id === 'authority:npc-standing-committee')?.sources.length).toBeGreaterThan(0);
  });

  it('never merges a final instrument into a draft with the same title', () => {
    const final: CoreInstrument = { ...dsl, id: 'document:outbound', name: 'Measures for Outbound Data', nameZh: '出境办法', abbreviations: [], sources: [quote(['name', 'nameZh', 'kind', 'status', 'issuers', 'adopted', 'summary'], 'Measures for Outbound Data 出境办法 adopted 2021')] };
    const { graph: merged } = mergeCoreLayer(graph, layer([final]));
    expect(merged.nodes.find((candidate) => candidate.id === 'document:outbound')?.type).toBe('document');
    expect(merged.nodes.find((candidate) => candidate.id === 'document:outbound-draft')).toMatchObject({ status: 'draft' });
  });

  it('reports a relation to an entry in neither layer and drops it', () => {
    const related: CoreInstrument = { ...dsl, relations: [{ type: 'based_on', target: 'document:nowhere', source: 0 }] };
    const { graph: merged, report } = mergeCoreLayer(graph, layer([related]));
    expect(report.danglingRelations).toEqual(['document:dsl-core based_on document:nowhere']);
    expect(merged.edges.some((edge) => edge.target === 'document:nowhere')).toBe(false);
  });
});
