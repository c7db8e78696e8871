import { describe, expect, it } from 'vitest';
import { buildAmendments, citedAmendment } from '../../../lib/recognise/cited-amendments';

const amendments = buildAmendments(
  [
    { type: 'amends', source: 'document:csl-decision-2025', target: 'document:csl' },
    { type: 'amends', source: 'document:criminal-amendment-2015', target: 'document:criminal-law' },
    { type: 'amends', source: 'document:criminal-amendment-2017', target: 'document:criminal-law' },
    { type: 'based_on', source: 'document:rules', target: 'document:csl' },
  ],
  (id) => ({ 'document:csl-decision-2025': 2025, 'document:criminal-amendment-2015': 2015, 'document:criminal-amendment-2017': 2017 })[id],
);

function cite(text: string, law: string, id: string) {
  const start = text.lastIndexOf(law);
  return citedAmendment({ start, end: start + law.length, id }, text, amendments);
}

describe('citedAmendment', () => {
  it('reads a law named after “Amendment of” as the decision of that year, with its short name', () => {
    expect(cite('China adopted the 2025 Amendment of the Cybersecurity Law.', 'Cybersecurity Law', 'document:csl')).toEqual({
      start: 18,
      end: 57,
      id: 'document:csl-decision-2025',
      matched: '2025 Amendment of the Cybersecurity Law',
      shortName: '2025 Amendment',
    });
    expect(cite('the 2017 Amendment to the Criminal Law', 'Criminal Law', 'document:criminal-law')?.id).toBe('document:criminal-amendment-2017');
  });

  it('takes the only decision when no year is given, under a capitalised word', () => {
    expect(cite('Amendments to China Cybersecurity Law took effect.', 'Cybersecurity Law', 'document:csl')).toMatchObject({ id: 'document:csl-decision-2025', matched: 'Amendments to China Cybersecurity Law' });
    expect(cite('amendments to the Cybersecurity Law are due', 'Cybersecurity Law', 'document:csl')).toBeUndefined();
  });

  it('reads nothing for a law with several decisions and no year, a year no decision has, or without words of amendment', () => {
    expect(cite('Amendments to the Criminal Law', 'Criminal Law', 'document:criminal-law')).toBeUndefined();
    expect(cite('the 2020 Amendment to the Criminal Law', 'Criminal Law', 'document:criminal-law')).toBeUndefined();
    expect(cite('the rules under the Cybersecurity Law', 'Cybersecurity Law', 'document:csl')).toBeUndefined();
    expect(cite('the 2025 Amendment of the Rules', 'Rules', 'document:rules')).toBeUndefined();
  });
});
