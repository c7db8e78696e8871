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
