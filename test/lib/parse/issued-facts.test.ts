/**
 * Which documents a sentence says were issued: only those take the item's date as their issue
 * date and the authorities before the verb as their issuers. A title the sentence merely
 * refers to keeps neither.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentNode, Graph } from '../../../lib/graph/schema';
import { buildGraph } from '../../../lib/parse/build-graph';

const NEWSLETTER = `Industry Developments
1. MIIT Announced the 16th Batch of Critical Network Equipment
On 7 May 2024, the MIIT announced the 16th batch of critical network equipment that meets the mandatory national standard the General Requirements for Security of Critical Network Equipment (GB40050-2021).
2. Shanghai Issued Three Compliance Guidelines
On 7 August 2023, the Shanghai Municipal Administration of Market Supervision issued three exposure drafts of compliance guidelines, including the Compliance Guidelines for E-tailing Platforms in Shanghai (the “Draft”), the Compliance Guidelines for Online Catering Service Platforms in Shanghai (Draft) and the Compliance Guidelines for Live Streaming Marketing Activities in Shanghai (Draft).
3. Zhejiang Issued Guidelines on Outbound Data
On 6 January 2023, the Zhejiang Cyberspace Administration issued the Zhejiang Guidelines for Outbound Data Transfers, which are drafted on the basis of the Measures for Security Assessment of Outbound Data Transfers.
`;

function documentNamed(graph: Graph, prefix: string) {
  const node = graph.nodes.find((candidate) => candidate.type === 'document' && candidate.name.startsWith(prefix));
  if (!node) throw new Error(`no document named ${prefix}…; found ${graph.nodes.map((n) => n.name).join(' | ')}`);
  return node as Graph['nodes'][number] & { issued?: string };
}

function issuersOf(graph: Graph, id: string): string[] {
  return graph.edges.filter((edge) => edge.type === 'issued_by' && edge.source === id).map((edge) => edge.target);
}

describe('issue dates and issuers', () => {
  const { graph, errors } = buildGraph([{ id: 'issued.txt', text: NEWSLETTER }]);

  it('parses the newsletter', () => {
    expect(errors).toEqual([]);
  });

  it('gives a standard that an announcement only refers to neither its date nor an issuer', () => {
    const standard = documentNamed(graph, 'General Requirements for Security of Critical Network Equipment');
    expect(standard.issued).toBeUndefined();
    expect(issuersOf(graph, standard.id)).toEqual([]);
  });

  it('dates every document of a list the verb issued, and names their issuer', () => {
    // "issued three exposure drafts": the date they were published for comment, not an issue date.
    for (const prefix of ['Compliance Guidelines for E-tailing', 'Compliance Guidelines for Online Catering', 'Compliance Guidelines for Live Streaming']) {
      const guideline = documentNamed(graph, prefix) as DocumentNode;
      expect(guideline.status).toBe('draft');
      expect(guideline.commentDate).toBe('2023-08-07');
      expect(guideline.issued).toBeUndefined();
      expect(issuersOf(graph, guideline.id)).toHaveLength(1);
    }
  });

  it('dates what was issued, not what it was drafted on the basis of', () => {
    expect(documentNamed(graph, 'Zhejiang Guidelines for Outbound Data Transfers').issued).toBe('2023-01-06');
    const basis = documentNamed(graph, 'Measures for Security Assessment of Outbound Data Transfers');
    expect(basis.issued).toBeUndefined();
    expect(issuersOf(graph, basis.id)).toEqual([]);
  });
});
