import { describe, expect, it } from 'vitest';
import { courtNameVariants } from '../../../lib/graph/court-name-variants';

describe('court name variants', () => {
  it('renders a high court with its place first or last, High or Higher', () => {
    const variants = courtNameVariants('High People’s Court of Guangdong Province');
    expect(variants).toEqual(expect.arrayContaining(["Guangdong Higher People's Court", "Guangdong High People's Court", "Guangdong Provincial High People's Court", "Higher People's Court of Guangdong"]));
    expect(variants).not.toContain("High People's Court of Guangdong Province");
  });

  it('renders an intermediate court without making it a high court', () => {
    const variants = courtNameVariants("Shenzhen Intermediate People's Court");
    expect(variants).toEqual(expect.arrayContaining(["Intermediate People's Court of Shenzhen Municipality", "Shenzhen Municipal Intermediate People's Court"]));
    expect(variants.some((variant) => /High/.test(variant))).toBe(false);
    // Without "People's", as many pages write it.
    expect(courtNameVariants("Hangzhou Intermediate People's Court")).toEqual(expect.arrayContaining(['Intermediate Court of Hangzhou', 'Hangzhou Intermediate Court']));
  });

  it('leaves numbered courts and courts of other kinds alone', () => {
    expect(courtNameVariants('Beijing Fourth Intermediate People’s Court')).toEqual([]);
    expect(courtNameVariants('Beijing Internet Court')).toEqual([]);
    expect(courtNameVariants('Supreme People’s Court')).toEqual([]);
    expect(courtNameVariants('Shanghai Minhang District People’s Court')).toEqual([]);
  });
});
