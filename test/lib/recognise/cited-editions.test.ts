import { describe, expect, it } from 'vitest';
import { buildEditionYears, editionCited } from '../../../lib/recognise/cited-editions';

const editions = buildEditionYears([
  { id: 'document:catalogue-2022', names: ['Catalogue of Industries for Encouraging Foreign Investment (2022 Edition)'] },
  { id: 'document:catalogue-2025', names: ['Catalogue of Industries for Encouraging Foreign Investment (2025 Edition)'] },
  { id: 'document:pipl', names: ['Personal Information Protection Law'] },
]);

describe('editions cited by a year before the title', () => {
  it('groups the yearly editions of one title', () => {
    expect(editions['document:catalogue-2025']).toEqual({ '2022': 'document:catalogue-2022', '2025': 'document:catalogue-2025' });
    expect(editions['document:pipl']).toBeUndefined();
  });

  it.each([
    ['the 2022 version of the Catalogue', 'document:catalogue-2022'],
    ['the 2022 edition of the Catalogue', 'document:catalogue-2022'],
    ['under the 2022 Catalogue', 'document:catalogue-2022'],
    ['under the Catalogue', 'document:catalogue-2025'],
    // A year the graph holds no edition of names nothing more precise than the title.
    ['the 2019 version of the Catalogue', 'document:catalogue-2025'],
  ])('%s', (text, id) => {
    expect(editionCited('document:catalogue-2025', text, text.indexOf('Catalogue'), editions)).toBe(id);
  });
});
