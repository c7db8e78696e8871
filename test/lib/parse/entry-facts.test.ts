/**
 * Entry facts read from a newsletter none of the rules were written from: status, the three
 * dates kept apart, co-issuers named later in an item, legal rank and the one line.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentNode, Graph } from '../../../lib/graph/schema';
import { buildGraph } from '../../../lib/parse/build-graph';

const NEWSLETTER = `China TMT Update – March 2025
Legislative Developments
1. The CAC Sought Comments on the Measures for the Administration of Data Labelling (Draft for Comment)
On 3 March, the CAC issued the Measures for the Administration of Data Labelling (Draft for Comment) for public comments. The draft sets out duties of labelling service providers.
2. MIIT and Three Other Departments Issued the Notice on Pilot Work of Smart Ports
On 10 March, the MIIT and three other departments issued the Notice on Pilot Work of Smart Ports. To implement the Cybersecurity Law, the MIIT, in conjunction with the Ministry of Transport, the Ministry of Public Security and the State Administration for Market Regulation, will select pilot ports. The notice will take effect on 1 April 2025.
3. The Supreme People’s Court Issued Guiding Opinions on Handling Online Fraud Cases
On 12 March, the Supreme People’s Court issued the Guiding Opinions on Handling Online Fraud Cases in accordance with the Law.
4. Hangzhou Sought Comments on Public Data Regulations
On 14 March, Hangzhou sought public comments on the Hangzhou Public Data Regulations (Draft for Comment).
Industry Developments
5. SAMR Released Typical Cases
On 20 March, the SAMR released the List of Typical Cases of Unfair Competition on Online Platforms.
6. CNNIC Released a Statistical Report
On 25 March, the China Internet Network Information Centre released the 55th Statistical Report on Internet Development in China. The figures were collected under the Measures for Security Assessment of Outbound Data Transfers.
`;

function documentNamed(graph: Graph, prefix: string): DocumentNode {
  const node = graph.nodes.find((candidate) => candidate.type === 'document' && candidate.name.startsWith(prefix));
  if (!node || node.type !== 'document') throw new Error(`no document named ${prefix}…; found ${graph.nodes.map((n) => n.name).join(' | ')}`);
  return node;
}

function issuerNames(graph: Graph, id: string): string[] {
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  return graph.edges.filter((edge) => edge.type === 'issued_by' && edge.source === id).map((edge) => names.get(edge.target) ?? edge.target).sort();
}

describe('entry facts from an unseen newsletter', () => {
  const { graph, errors } = buildGraph([{ id: 'facts.txt', text: NEWSLETTER }]);

  it('parses the newsletter', () => {
    expect(errors).toEqual([]);
  });

  it('gives a draft the date it was published for comment, not an issue date', () => {
    const draft = documentNamed(graph, 'Measures for the Administration of Data Labelling');
    expect(draft.status).toBe('draft');
    expect(draft.commentDate).toBe('2025-03-03');
    expect(draft.issued).toBeUndefined();
    expect(draft.kind).toBe('departmental_rule');
    expect(issuerNames(graph, draft.id)).toEqual(['Cyberspace Administration of China']);
    expect(draft.summary).toMatch(/^On 3 March, the CAC issued/);
  });

  it('names every co-issuer an item gives, and the effective date of the item’s document', () => {
    const notice = documentNamed(graph, 'Notice on Pilot Work of Smart Ports');
    expect(notice.status).toBe('final');
    expect(notice.issued).toBe('2025-03-10');
    expect(notice.effective).toBe('2025-04-01');
    expect(notice.kind).toBe('normative_document');
    expect(issuerNames(graph, notice.id)).toEqual([
      'Ministry of Industry and Information Technology',
      'Ministry of Public Security',
      'Ministry of Transport',
      'State Administration for Market Regulation',
    ]);
  });

  it('keeps a law cited in passing final, undated, without issuers, and says where it was mentioned', () => {
    const law = documentNamed(graph, 'Cybersecurity Law');
    expect(law.status).toBe('final');
    expect(law.kind).toBe('law');
    expect(law.issued).toBeUndefined();
    expect(issuerNames(graph, law.id)).toEqual([]);
    expect(law.summary).toMatch(/^Mentioned in .*Notice on Pilot Work of Smart Ports/);
  });

  it('ranks a court’s guiding opinions as judicial guidance, not as a law named in their title', () => {
    const opinions = documentNamed(graph, 'Guiding Opinions on Handling Online Fraud Cases');
    expect(opinions.kind).toBe('judicial_guidance');
    expect(opinions.issued).toBe('2025-03-12');
  });

  it('ranks a city’s draft regulations as a local regulation', () => {
    const regulations = documentNamed(graph, 'Hangzhou Public Data Regulations');
    expect(regulations.status).toBe('draft');
    expect(regulations.kind).toBe('local_regulation');
    expect(regulations.commentDate).toBe('2025-03-14');
  });

  it('ranks a list of typical cases and a report by their form', () => {
    expect(documentNamed(graph, 'List of Typical Cases of Unfair Competition').kind).toBe('case_list');
    const report = documentNamed(graph, '55th Statistical Report');
    expect(report.kind).toBe('report');
    expect(issuerNames(graph, report.id)).toEqual(['China Internet Network Information Center']);
  });

  it('gives a document the item only refers to neither the item’s date nor its issuer nor its lead', () => {
    const measures = documentNamed(graph, 'Measures for Security Assessment of Outbound Data Transfers');
    expect(measures.status).toBe('final');
    expect(measures.issued).toBeUndefined();
    expect(issuerNames(graph, measures.id)).toEqual([]);
    expect(measures.summary).toMatch(/^Mentioned in /);
  });
});
