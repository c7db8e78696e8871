import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../lib/parse/classify-document';

describe('classifyDocument', () => {
  it.each([
    ['Data Security Law', 'law'],
    ['Law of the PRC on Guarding State Secrets', 'law'],
    ['Measures for Security Assessment of Outbound Data Transfers', 'departmental_rule'],
    ['Regulations of Shanghai on Promoting the Development of the AI Industry', 'local_regulation'],
    ['White Paper on Connected Vehicles (2023)', 'report'],
    // The head names the kind; a law or rules named in the subject do not.
    ['Report of 30 Years of Cyber Law in China', 'report'],
    ['Blue Skin Report on Big Model Governance (2023) – From Rules to Practice', 'report'],
    ['Research Report on Legal Issues of Intellectual Property Rights in AI', 'report'],
  ])('%s is a %s', (title, kind) => {
    expect(classifyDocument(title, undefined, false)).toBe(kind);
  });

  it('reads a standard from its code first', () => {
    expect(classifyDocument('General Requirements for Security of Critical Network Equipment', 'GB 40050-2021', false)).toBe('national_standard');
    expect(classifyDocument('Report on Anything', 'T/CESA 1228.1-2022', false)).toBe('group_standard');
  });
});

describe('legal rank from issuers and what the text calls a document', () => {
  const ministry = { name: 'Ministry of Industry and Information Technology', kind: 'ministry', level: 'national' } as const;
  const court = { name: 'Supreme People’s Court', kind: 'court', level: 'national' } as const;
  const city = { name: 'Beijing Municipal Bureau of Economy and Information Technology', kind: 'local_government', level: 'municipal' } as const;
  const association = { name: 'China Advertising Association', kind: 'association', level: 'national' } as const;

  it.each([
    ['Guiding Opinions on Punishing Cyber Violence Offences and Crimes in accordance with the Law', [court], 'judicial_guidance'],
    ['Interpretation on Several Issues Concerning the Application of Law in Personal Information Cases', [court], 'judicial_interpretation'],
    ['Measures for Data Security Management in Industry and Information Technology Sector (for Trial Implementation)', [ministry], 'normative_document'],
    ['Measures for Supervision and Inspection of Radio Transmission Equipment', [ministry], 'departmental_rule'],
    ['Management Measures for the Construction of Future Industry Incubation Bases', [city], 'normative_document'],
    ['Specification for After-sales Service of Live Webcast Marketing', [association], 'group_standard'],
    ['Three-Year Action Plan for the Innovative Development of the Metaverse Industry (2023-2025)', [ministry], 'normative_document'],
    ['List of Typical AI Application Scenarios in Drug Regulation', [ministry], 'normative_document'],
    ['Second List of Typical Cases of Mobile Internet of Things Applications', [ministry], 'case_list'],
  ] as const)('%s is a %s', (title, issuers, rank) => {
    expect(classifyDocument(title, undefined, false, { issuers: [...issuers] })).toBe(rank);
  });

  it('takes a city that issued it as the level: its draft regulations are local regulations', () => {
    expect(classifyDocument('Autonomous Vehicle Regulations (Draft for Comment)', undefined, false, { local: true })).toBe('local_regulation');
    expect(classifyDocument('Autonomous Vehicle Regulations (Draft for Comment)', undefined, false)).toBe('administrative_regulation');
  });

  it('reads a standard from what the sentence calls it, but not a measure listed with one', () => {
    expect(classifyDocument('Road High-Precision Navigation Electronic Map Data Specification', undefined, false, { standardHint: 'industry_standard' })).toBe('industry_standard');
    expect(classifyDocument('Measures for the Administration of Standards', undefined, false, { standardHint: 'national_standard' })).toBe('departmental_rule');
  });

  it('says "unknown" when nothing places it', () => {
    expect(classifyDocument('Telecommunications Business Classification Catalogue', undefined, false)).toBe('unknown');
    expect(classifyDocument('Answers to Litigation Questions for Parties in Civil Cases', undefined, false, { issuers: [{ name: 'Beijing Intellectual Property Court', kind: 'court', level: 'municipal' }] })).toBe('unknown');
  });
});
