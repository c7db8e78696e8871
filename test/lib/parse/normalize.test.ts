import { describe, expect, it } from 'vitest';
import { hasDraftMarker, nameKey, slugify, stripDraftMarkers } from '../../../lib/parse/normalize';

describe('nameKey', () => {
  it.each([
    ['Cybersecurity Law of the People’s Republic of China', 'Cybersecurity Law'],
    ['PRC Personal Information Protection Law', 'Personal Information Protection Law'],
    ['Regulations on the Promotion of the Digital Economy in Beijing', 'Regulations on the Promotion of Digital Economy in Beijing'],
    ['Measures for the Administration of Standardisation', 'Measures for Administration of Standardization'],
    ['Work Programme for X', 'Work Program for X'],
    ['Guidelines for Y (Draft for Comment)', 'Guidelines for Y'],
    ['“Compliance Guidelines for Shanghai E-tailing Platforms”', 'Compliance Guidelines for Shanghai E‐tailing Platforms'],
  ])('%s ≡ %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('keeps different instruments apart', () => {
    expect(nameKey('Data Security Law')).not.toBe(nameKey('Data Security Law Implementation Measures'));
    expect(nameKey('Measures (for Trial Implementation)')).not.toBe(nameKey('Measures'));
  });
});

describe('draft markers', () => {
  it.each(['X (Draft for Comment)', 'X (Draft)', 'X (Draft Revision)', 'Draft X', 'X (Draft for Opinion)', 'X (Exposure Draft)'])('%s is a draft', (title) => {
    expect(hasDraftMarker(title)).toBe(true);
    expect(stripDraftMarkers(title)).toBe('X');
  });
  it('a trial implementation is not a draft', () => {
    expect(hasDraftMarker('Measures for Y (for Trial Implementation)')).toBe(false);
  });
});

describe('slugify', () => {
  it('makes stable, short ids', () => {
    expect(slugify('Measures for Security Assessment of Outbound Data Transfers')).toBe('measures-for-security-assessment-of-outbound-data-transfers');
    expect(slugify('x'.repeat(100)).length).toBeLessThanOrEqual(72);
  });
});
