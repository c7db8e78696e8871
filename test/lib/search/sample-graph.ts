/** A small, hand-written graph shaped like the real one, for ranking tests. */
import { graphSchema, type Graph } from '../../../lib/graph/schema';

const source = { newsletter: '001_test.txt', issue: 'Test issue', section: 'Legislative Developments', item: 'Item', quote: 'A sentence.' };

function edge(from: string, type: 'issued_by' | 'decided_by', to: string) {
  return { source: from, target: to, type, sources: [source] };
}

export const sampleGraph: Graph = graphSchema.parse({
  version: 1,
  nodes: [
    {
      id: 'authority:cac', type: 'authority', name: 'Cyberspace Administration of China', kind: 'regulator', level: 'national',
      aliases: ['Office of the Central Cyberspace Affairs Commission', '网信办'], abbreviations: ['CAC'],
      nameZh: '国家互联网信息办公室', sources: [source],
    },
    {
      id: 'authority:cac-zhejiang', type: 'authority', name: 'Zhejiang Cyberspace Administration', kind: 'regulator',
      level: 'provincial', aliases: [], abbreviations: [], sources: [source],
    },
    {
      id: 'authority:tc260', type: 'authority', name: 'National Information Security Standardization Technical Committee',
      kind: 'standards_body', level: 'national', aliases: [], abbreviations: ['TC260'], sources: [source],
    },
    {
      id: 'authority:miit', type: 'authority', name: 'Ministry of Industry and Information Technology', kind: 'ministry',
      level: 'national', aliases: [], abbreviations: ['MIIT'], sources: [source],
    },
    {
      id: 'authority:samr', type: 'authority', name: 'State Administration for Market Regulation', kind: 'regulator',
      level: 'national', aliases: [], abbreviations: ['SAMR'], sources: [source],
    },
    {
      id: 'authority:npcsc', type: 'authority', name: 'Standing Committee of the National People’s Congress', kind: 'legislature',
      level: 'national', aliases: [], abbreviations: ['NPCSC'], sources: [source],
    },
    {
      id: 'authority:hangzhou-court', type: 'authority', name: 'Hangzhou Fuyang District People’s Court', kind: 'court',
      level: 'municipal', aliases: [], abbreviations: [], sources: [source],
    },
    {
      id: 'document:cybersecurity-law', type: 'document', name: 'Cybersecurity Law', kind: 'law', status: 'final',
      aliases: ['Cybersecurity Law of the People’s Republic of China'], abbreviations: ['CSL'], issued: '2016-11-07',
      summary: 'The basic law on network security and network operators.', sources: [source],
    },
    {
      id: 'document:csl-enforcement', type: 'document', kind: 'departmental_rule', status: 'final',
      name: 'Measures for the Enforcement of the Cybersecurity Law in the Industry and Information Technology Sector',
      aliases: [], summary: 'How the MIIT enforces the Cybersecurity Law against telecoms operators.', sources: [source],
    },
    {
      id: 'document:pipl', type: 'document', name: 'Personal Information Protection Law', kind: 'law', status: 'final',
      aliases: [], abbreviations: ['PIPL'], issued: '2021-08-20', sources: [source],
    },
    {
      id: 'document:pi-spec', type: 'document', kind: 'national_standard', status: 'final',
      name: 'Information Security Technology — Personal Information Security Specification', code: 'GB/T 35273-2020',
      aliases: [], sources: [source],
    },
    {
      id: 'document:gb40050', type: 'document', kind: 'national_standard', status: 'final',
      name: 'Security General Requirements for Critical Network Equipment', code: 'GB 40050-2021', aliases: [], sources: [source],
    },
    {
      id: 'document:gb40051', type: 'document', kind: 'national_standard', status: 'final',
      name: 'Security Requirements for Network Products', code: 'GB 40051-2021', aliases: [], sources: [source],
    },
    {
      id: 'document:data-export', type: 'document', kind: 'departmental_rule', status: 'final',
      name: 'Measures for Security Assessment of Outbound Data Transfers', aliases: ['Security Assessment Measures'],
      summary: 'When a data processor must apply for an assessment before sending important data overseas.',
      issued: '2022-07-07', sources: [source],
    },
    {
      id: 'document:genai', type: 'document', kind: 'departmental_rule', status: 'final',
      name: 'Interim Measures for the Management of Generative Artificial Intelligence Services',
      aliases: ['Generative AI Measures'], issued: '2023-07-10', topics: ['artificial-intelligence'], sources: [source],
    },
    {
      id: 'document:online-games-draft', type: 'document', kind: 'departmental_rule', status: 'draft',
      name: 'Measures for the Administration of Online Games (Draft for Comment)', aliases: [], issued: '2023-12-22',
      sources: [source],
    },
    {
      id: 'document:foreign-investment-law', type: 'document', kind: 'law', status: 'final', name: 'Foreign Investment Law',
      aliases: [], sources: [source],
    },
    {
      id: 'case:face-recognition', type: 'case', name: 'Guo Bing v. Hangzhou Safari Park', aliases: [],
      caseNumber: '(2019) Zhe 0111 Min Chu No. 6971', date: '2020-11-20',
      summary: 'A zoo may not require facial recognition for entry.', sources: [source],
    },
    { id: 'topic:artificial-intelligence', type: 'topic', name: 'Artificial intelligence', aliases: [], sources: [source] },
  ],
  edges: [
    edge('document:cybersecurity-law', 'issued_by', 'authority:npcsc'),
    edge('document:pipl', 'issued_by', 'authority:npcsc'),
    edge('document:csl-enforcement', 'issued_by', 'authority:miit'),
    edge('document:pi-spec', 'issued_by', 'authority:samr'),
    edge('document:pi-spec', 'issued_by', 'authority:tc260'),
    edge('document:gb40050', 'issued_by', 'authority:samr'),
    edge('document:data-export', 'issued_by', 'authority:cac'),
    edge('document:genai', 'issued_by', 'authority:cac'),
    edge('case:face-recognition', 'decided_by', 'authority:hangzhou-court'),
  ],
});
