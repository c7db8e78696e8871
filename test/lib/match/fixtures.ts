/** A small dictionary shaped like the bundled one, shared by the matcher tests. */
import type { DictionaryEntry } from '../../../lib/match/types';

export const ENTRIES: readonly DictionaryEntry[] = [
  { id: 'authority:cac', name: 'Cyberspace Administration of China', kind: 'title' },
  { id: 'authority:cac', name: 'CAC', kind: 'abbr' },
  { id: 'authority:cac', name: '国家互联网信息办公室', kind: 'zh' },
  { id: 'authority:cac', name: '国家网信办', kind: 'zh' },
  { id: 'authority:miit', name: 'Ministry of Industry and Information Technology', kind: 'title' },
  { id: 'authority:miit', name: 'MIIT', kind: 'abbr' },
  { id: 'authority:samr', name: 'SAMR', kind: 'abbr' },
  { id: 'authority:tc260', name: 'TC260', kind: 'abbr' },
  { id: 'authority:npc', name: 'NPC', kind: 'abbr' },
  { id: 'authority:mss', name: '国家安全部', kind: 'zh' },
  { id: 'document:csl', name: "Cybersecurity Law of the People's Republic of China", kind: 'title' },
  { id: 'document:csl', name: '网络安全法', kind: 'zh' },
  { id: 'document:dsl', name: 'Data Security Law', kind: 'title' },
  { id: 'document:dsl-measures', name: 'Data Security Law Implementation Measures', kind: 'title' },
  { id: 'document:pipl', name: 'Personal Information Protection Law', kind: 'title' },
  { id: 'document:state-secrets-law', name: 'Law on Guarding State Secrets', kind: 'title' },
  { id: 'document:cel', name: 'Counter-Espionage Law', kind: 'title' },
  { id: 'document:genai', name: 'Interim Measures for the Management of Generative Artificial Intelligence Services', kind: 'title' },
  { id: 'document:children-pi', name: "Provisions on the Cyber Protection of Children's Personal Information", kind: 'title' },
  { id: 'document:ethics', name: 'Measures for Science and Technology Ethics Reviews (for Trial Implementation)', kind: 'title' },
  { id: 'document:the-measures', name: 'the Measures', kind: 'title' },
  { id: 'standard:gb-40050-2021', name: 'GB 40050-2021', kind: 'code' },
  { id: 'standard:gb-t-35273-2020', name: 'GB/T 35273-2020', kind: 'code' },
  { id: 'standard:tc260-003', name: 'TC260-003', kind: 'code' },
];

/** 国家安全部门 ("state security departments") is not 国家安全部 (the Ministry of State Security). */
export const ZH_EXCLUSIONS: readonly string[] = ['国家安全部门'];
