/**
 * A deterministic graph of any size that looks like the real one where it matters for
 * search: titles built from the same few forms ("Measures for the Administration of ..."),
 * a shared topical vocabulary plus a long tail of rarer words, authorities with
 * abbreviations and Chinese names, standards with GB codes, cases with case numbers.
 * Used by the benchmark (10,000 entries) and by property tests.
 */
import type { Graph, GraphEdge, GraphNode, Source } from '../../../lib/graph/schema';

const FORMS = [
  'Measures', 'Provisions', 'Regulations', 'Rules', 'Guidelines', 'Opinions', 'Notice', 'Implementation Rules',
  'Interim Measures', 'Administrative Measures', 'Guiding Opinions', 'Action Plan', 'Interpretation',
];
const LINKS = ['for the Administration of', 'on the Security of', 'on', 'for', 'Concerning', 'on Regulating', 'on Promoting'];
const SUBJECTS = [
  'Data', 'Personal Information', 'Cross-border', 'Outbound', 'Transfer', 'Online', 'Games', 'Algorithm',
  'Recommendation', 'Deep Synthesis', 'Generative', 'Artificial Intelligence', 'Intelligent Connected Vehicles',
  'Telecommunications', 'Internet', 'Platform', 'Minors', 'Advertising', 'Security', 'Assessment', 'Cybersecurity',
  'Critical Information Infrastructure', 'Network', 'Products', 'Services', 'Information Content', 'Live Streaming',
  'E-commerce', 'Blockchain', 'Financial', 'Payment', 'Cloud Computing', 'Facial Recognition', 'Biometric',
  'Export Control', 'Encryption', 'Cryptography', 'Public Data', 'Data Elements', 'Trading', 'Satellite', 'Radio',
  'Spectrum', 'Copyright', 'Trade Secrets', 'Competition', 'Anti-monopoly', 'Medical Devices', 'Health', 'Drugs',
  'Automobile', 'Charging', 'Telematics', 'Mobile Applications', 'Mini Programs', 'Search Engines', 'Comments',
  'Accounts', 'Certification', 'Standards', 'Compliance Audits', 'Incidents', 'Reporting', 'Emergency Response',
  'Classification', 'Grading', 'Important Data', 'Core Data', 'Industrial', 'Energy', 'Power', 'Transport',
];
const REGIONS = ['Shanghai', 'Beijing', 'Guangdong', 'Zhejiang', 'Shenzhen', 'Hainan', 'Tianjin', 'Jiangsu', 'Chongqing', 'Sichuan'];
const BODIES = ['Administration', 'Bureau', 'Commission', 'Office', 'Committee', 'Ministry', 'Centre', 'Association'];
const SYLLABLES = ['ka', 'ro', 'vi', 'ten', 'mar', 'lo', 'qu', 'zen', 'sha', 'dor', 'pi', 'lex', 'no', 'ran', 'te', 'ber', 'sol', 'vy'];
const HAN = '国家互联网信息办公室工业和化部市场监督管理总局公安网络安全数据保护个人标准化技术委员会最高人民法院';
const DOCUMENT_KINDS = ['departmental_rule', 'normative_document', 'administrative_regulation', 'guideline', 'law'] as const;

/** Mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraph(count: number, seed = 1): Graph {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const rareWord = (): string => {
    const word = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('');
    return word[0]?.toUpperCase() + word.slice(1);
  };
  const subject = (): string => {
    const words = Array.from({ length: 1 + Math.floor(next() * 3) }, () => (next() < 0.2 ? rareWord() : pick(SUBJECTS)));
    return words.join(' ');
  };
  const sentence = (words: number): string =>
    Array.from({ length: words }, () => (next() < 0.3 ? rareWord() : pick(SUBJECTS)).toLowerCase()).join(' ');
  const source = (i: number): Source => ({
    newsletter: `synthetic-${Math.floor(i / 40)}.txt`,
    issue: 'Synthetic issue',
    section: 'Legislative Developments',
    item: `Item ${i}`,
    date: `20${18 + (i % 7)}-0${1 + (i % 9)}-1${i % 10}`,
    quote: 'A sentence from the newsletter.',
  });

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const authorityCount = Math.max(1, Math.round(count * 0.06));
  const caseCount = Math.round(count * 0.08);
  const authorities: string[] = [];
  for (let i = 0; i < authorityCount; i++) {
    const local = next() < 0.5 ? `${pick(REGIONS)} ` : '';
    const name = `${local}${pick(BODIES)} of ${subject()}`;
    const initials = name.split(/\s+/).filter((word) => /^[A-Z]/.test(word)).map((word) => word[0]).join('');
    const id = `authority:a${i}`;
    authorities.push(id);
    nodes.push({
      id, type: 'authority', name, aliases: [], abbreviations: [`${initials}${i}`],
      nameZh: Array.from({ length: 4 + (i % 5) }, () => pick([...HAN])).join(''),
      kind: 'regulator', level: local ? 'provincial' : 'national', summary: sentence(12), topics: [], sources: [source(i)],
    });
  }
  for (let i = 0; i < count - authorityCount - caseCount; i++) {
    const isStandard = next() < 0.15;
    const id = `document:d${i}`;
    const region = next() < 0.15 ? ` in ${pick(REGIONS)}` : '';
    const name = isStandard
      ? `Information Security Technology — ${subject()} ${pick(['Requirements', 'Specification', 'Guidelines'])}`
      : `${pick(FORMS)} ${pick(LINKS)} ${subject()}${region}${next() < 0.1 ? ' (Draft for Comment)' : ''}`;
    nodes.push({
      id, type: 'document', name, aliases: next() < 0.3 ? [`${subject()} ${pick(FORMS)}`] : [], abbreviations: [],
      kind: isStandard ? 'national_standard' : pick(DOCUMENT_KINDS), status: next() < 0.2 ? 'draft' : 'final',
      code: isStandard ? `GB/T ${30000 + i}-20${15 + (i % 10)}` : undefined,
      issued: `20${15 + (i % 10)}-0${1 + (i % 9)}-2${i % 9}`, jurisdiction: 'PRC',
      summary: sentence(25), topics: [pick(['data-protection', 'cybersecurity', 'online-games', 'artificial-intelligence'])],
      sources: [source(i)],
    });
    edges.push({ source: id, target: pick(authorities), type: 'issued_by', weight: 1, sources: [source(i)] });
  }
  for (let i = 0; i < caseCount; i++) {
    const id = `case:c${i}`;
    nodes.push({
      id, type: 'case', name: `${rareWord()} v. ${rareWord()} ${pick(['Technology', 'Network', 'Information'])} Co., Ltd.`,
      aliases: [], abbreviations: [], caseNumber: `(20${18 + (i % 6)}) Jing 0491 Min Chu No. ${1000 + i}`,
      date: `20${18 + (i % 6)}-1${i % 3}-0${1 + (i % 9)}`, summary: sentence(20), topics: [], sources: [source(i)],
    });
    edges.push({ source: id, target: pick(authorities), type: 'decided_by', weight: 1, sources: [source(i)] });
  }
  return { version: 1, nodes, edges };
}
