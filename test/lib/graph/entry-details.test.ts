import { describe, expect, it } from 'vitest';
import {
  casesCiting,
  casesDecidedBy,
  documentsCitedBy,
  documentsIssuedBy,
  edgeSourcesOf,
  entriesAbout,
  issuersOf,
  mentionedWith,
  relatedDocuments,
  sourcesOf,
  topicsOf,
} from '../../../lib/graph/entry-details';
import { indexGraph } from '../../../lib/graph/graph-index';
import type { EdgeType, Graph, GraphNode, Source } from '../../../lib/graph/schema';

function source(item: string, date?: string, quote = `${item}.`): Source {
  return { newsletter: '001.txt', issue: 'China TMT Update', section: 'Legislation', item, date, quote };
}
const base = { aliases: [], abbreviations: [], summary: '', topics: [] as string[], sources: [source('Item')] };
function doc(slug: string, issued?: string, status: 'draft' | 'final' = 'final'): GraphNode {
  return { ...base, id: `document:${slug}`, type: 'document', name: slug, kind: 'departmental_rule', status, issued, jurisdiction: 'PRC' };
}
function edge(from: string, type: EdgeType, to: string, weight = 1, item = `${from} ${type} ${to}`) {
  return { source: from, target: to, type, weight, sources: [source(item)] };
}

const graph: Graph = {
  version: 1,
  nodes: [
    { ...base, id: 'authority:cac', type: 'authority', name: 'Cyberspace Administration of China', abbreviations: ['CAC'], kind: 'regulator', level: 'national' },
    { ...base, id: 'authority:samr', type: 'authority', name: 'State Administration for Market Regulation', kind: 'regulator', level: 'national' },
    { ...base, id: 'authority:hangzhou-internet-court', type: 'authority', name: 'Hangzhou Internet Court', kind: 'court', level: 'municipal' },
    { ...base, id: 'topic:cross-border-data', type: 'topic', name: 'Cross-border data' },
    { ...base, id: 'case:shein', type: 'case', name: 'A PI case', court: 'Hangzhou Internet Court', date: '2023-06-01', topics: ['topic:cross-border-data'] },
    { ...base, id: 'case:older', type: 'case', name: 'Older case', date: '2022-01-05' },
    doc('pipl', '2021-08-20'),
    doc('security-assessment-measures', '2022-07-07'),
    doc('security-assessment-draft', '2021-10-29', 'draft'),
    doc('guidelines', '2022-08-31'),
    doc('undated'),
  ],
  edges: [
    edge('document:security-assessment-measures', 'issued_by', 'authority:cac'),
    edge('document:security-assessment-draft', 'issued_by', 'authority:cac'),
    edge('document:guidelines', 'issued_by', 'authority:cac'),
    edge('document:undated', 'issued_by', 'authority:cac'),
    edge('document:guidelines', 'issued_by', 'authority:samr'),
    edge('document:security-assessment-measures', 'based_on', 'document:pipl'),
    edge('document:guidelines', 'implements', 'document:security-assessment-measures'),
    edge('document:security-assessment-draft', 'draft_of', 'document:security-assessment-measures'),
    edge('case:shein', 'cites', 'document:pipl'),
    edge('case:older', 'cites', 'document:pipl'),
    edge('case:shein', 'decided_by', 'authority:hangzhou-internet-court'),
    edge('case:older', 'decided_by', 'authority:hangzhou-internet-court'),
    edge('document:security-assessment-measures', 'about', 'topic:cross-border-data'),
    edge('document:pipl', 'mentioned_with', 'authority:cac', 2),
    edge('authority:samr', 'mentioned_with', 'document:pipl', 5),
    edge('document:guidelines', 'mentioned_with', 'authority:samr', 3),
    edge('document:guidelines', 'mentioned_with', 'document:pipl', 1),
    // The same link stated in a second item: one entry, two sources.
    edge('document:guidelines', 'issued_by', 'authority:cac', 1, 'A second item'),
  ],
};
const index = indexGraph(graph);
const node = (id: string) => index.nodesById.get(id)!;
const ids = (entries: { node: GraphNode }[]) => entries.map((entry) => entry.node.id);

describe('entry details', () => {
  it('names a document\'s issuers, merging a link stated twice', () => {
    const issuers = issuersOf(index, node('document:guidelines'));
    expect(ids(issuers)).toEqual(['authority:cac', 'authority:samr']);
    expect(edgeSourcesOf(issuers[0]!).map((s) => s.item)).toEqual([
      'document:guidelines issued_by authority:cac',
      'A second item',
    ]);
  });

  it('names the court that decided a case', () => {
    expect(ids(issuersOf(index, node('case:shein')))).toEqual(['authority:hangzhou-internet-court']);
  });

  it('lists the documents an authority issued, newest first, undated last', () => {
    expect(ids(documentsIssuedBy(index, 'authority:cac'))).toEqual([
      'document:guidelines',
      'document:security-assessment-measures',
      'document:security-assessment-draft',
      'document:undated',
    ]);
  });

  it('lists the cases a court decided, newest first', () => {
    expect(ids(casesDecidedBy(index, 'authority:hangzhou-internet-court'))).toEqual(['case:shein', 'case:older']);
  });

  it('groups related documents by relation, read from the shown document\'s side', () => {
    const groups = relatedDocuments(index, 'document:security-assessment-measures');
    expect(groups.map((group) => [group.label, ids(group.entries)])).toEqual([
      ['Drafts of this document', ['document:security-assessment-draft']],
      ['Based on', ['document:pipl']],
      ['Implemented by', ['document:guidelines']],
    ]);
    expect(relatedDocuments(index, 'document:security-assessment-draft').map((group) => group.label)).toEqual(['Draft of']);
    expect(relatedDocuments(index, 'document:pipl').map((group) => group.label)).toEqual(['Basis for']);
  });

  it('lists the cases citing a document and the documents a case cites', () => {
    expect(ids(casesCiting(index, 'document:pipl'))).toEqual(['case:shein', 'case:older']);
    expect(ids(documentsCitedBy(index, 'case:shein'))).toEqual(['document:pipl']);
  });

  it('lists a topic\'s entries newest first, by edge or by the entry\'s own topic list', () => {
    expect(entriesAbout(index, 'topic:cross-border-data').map((entry) => entry.id)).toEqual([
      'case:shein',
      'document:security-assessment-measures',
    ]);
    expect(topicsOf(index, node('case:shein')).map((topic) => topic.id)).toEqual(['topic:cross-border-data']);
  });

  it('ranks co-mentions by how many items name both', () => {
    expect(ids(mentionedWith(index, 'document:pipl'))).toEqual(['authority:samr', 'authority:cac', 'document:guidelines']);
  });

  it('leaves out co-mentions the view already lists through a stated link', () => {
    // The guidelines were issued by the SAMR: the issuer is listed already, so only the PIPL remains.
    expect(ids(mentionedWith(index, 'document:guidelines'))).toEqual(['document:pipl']);
  });
});

describe('sourcesOf', () => {
  it('drops repeats and puts the newest first, undated last in newsletter order', () => {
    const sources = [
      source('Undated A'),
      source('Old', '2022-01-01'),
      source('New', '2023-05-01'),
      source('Old', '2022-01-01'),
      source('Undated B'),
    ];
    expect(sourcesOf(sources).map((s) => s.item)).toEqual(['New', 'Old', 'Undated A', 'Undated B']);
  });

  it('lists the state’s own pages first, then the rest as before', () => {
    const page = (item: string, url: string) => ({ ...source(item), newsletter: 'core', url });
    const sources = [source('Old', '2022-01-01'), page('Law firm', 'https://www.example-law.com/a'), page('NPC', 'https://flk.npc.gov.cn/detail'), source('New', '2023-05-01')];
    expect(sourcesOf(sources).map((s) => s.item)).toEqual(['NPC', 'New', 'Old', 'Law firm']);
  });
});
