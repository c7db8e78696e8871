import { describe, expect, it } from 'vitest';
import { findLowerCaseShortNames } from '../../../lib/recognise/lower-case-short-names';
import { TakenSpans } from '../../../lib/recognise/taken-spans';
import { buildTitleTable, loadTitleTable } from '../../../lib/recognise/title-table';

const table = loadTitleTable(
  buildTitleTable([
    { id: 'document:deep-synthesis', draft: false, names: ['Provisions on the Administration of Deep Synthesis of Internet Information Services', 'Deep Synthesis Provisions'] },
    { id: 'document:algorithms', draft: false, names: ['Provisions on the Administration of Algorithm Recommendations for Internet Information Services', 'Algorithm Recommendation Provisions'] },
    { id: 'document:generative-ai', draft: false, names: ['Interim Measures for the Management of Generative Artificial Intelligence Services', 'Generative AI Measures'] },
    { id: 'document:data-security-rules', draft: false, names: ['Data Security Rules'] },
    { id: 'document:network-data', draft: false, names: ['Network Data Security Management Regulations'] },
    { id: 'document:data-export', draft: false, names: ['Measures for Security Assessment of Outbound Data Transfers'] },
    // Titles enough for "data", "security" and "network" to be words many titles have, as in the graph.
    ...['Banking', 'Insurance', 'Telecoms', 'Health', 'Transport', 'Energy', 'Education', 'Tourism', 'Customs', 'Postal'].map((sector) => ({
      id: `document:${sector.toLowerCase()}`,
      draft: false,
      names: [`Measures for ${sector} Network Data Security`, `${sector} Data Security Provisions`],
    })),
  ]),
);
const find = (text: string, taken: TakenSpans = new TakenSpans([])) => findLowerCaseShortNames(text, taken, table).map((found) => [found.matched, found.id]);

describe('lower-case short names', () => {
  it('reads two or three lower-case words before a type noun after a word that says a name follows', () => {
    expect(find('Providers must follow the deep synthesis rules and label content.')).toEqual([['deep synthesis rules', 'document:deep-synthesis']]);
    expect(find('The CAC enforces China’s algorithm recommendation provisions.')).toEqual([['algorithm recommendation provisions', 'document:algorithms']]);
    expect(find('Firms follow the new generative AI measures.')).toEqual([['generative AI measures', 'document:generative-ai']]);
  });

  it('reads the names of a list after the first: a type noun and its joint say a name follows', () => {
    expect(find('see the algorithm rules, deep synthesis rules and generative AI measures')).toEqual([
      ['deep synthesis rules', 'document:deep-synthesis'],
      ['generative AI measures', 'document:generative-ai'],
    ]);
    // No list: prose before the name.
    expect(find('firms that ignore deep synthesis rules')).toEqual([]);
  });

  it('reads only a type noun written in lower case: a capitalised one is the title readers’', () => {
    expect(find('Providers must follow the deep synthesis Rules and label content.')).toEqual([]);
    expect(find('Providers must follow the deep synthesis RULES and label content.')).toEqual([]);
  });

  it('reads a quoted name, and a heading that is only the name', () => {
    expect(find('Unlike the 2023 “deep synthesis” regulations, the draft covers all content.')).toEqual([['“deep synthesis” regulations', 'document:deep-synthesis']]);
    expect(find('Overview\u0000Algorithmic recommendation rules\u0000The Provisions require a filing.')).toEqual([['Algorithmic recommendation rules', 'document:algorithms']]);
    // A sentence that opens with the words is prose about many countries' rules.
    expect(find('Background. Algorithmic recommendation rules are drafted in many countries.')).toEqual([]);
  });

  it('leaves another country’s rules alone, past the words that open the name', () => {
    expect(find('Japan’s new generative AI measures apply from April.')).toEqual([]);
    expect(find('The UK’s 2024 deep synthesis rules differ.')).toEqual([]);
    expect(find('China’s new generative AI measures apply.')).toEqual([['generative AI measures', 'document:generative-ai']]);
  });

  it('takes nothing that prose says in the same words', () => {
    // No word before it says a name follows.
    expect(find('China adopted deep synthesis rules in 2022.')).toEqual([]);
    // Words many titles have: "the data security rules" is any company's.
    expect(find('Each subsidiary follows the data security rules of its parent.')).toEqual([]);
    // A quote that is not closed, a capitalised word inside a sentence.
    expect(find('the “deep synthesis rules apply')).toEqual([]);
    expect(find('the deep Synthesis rules apply')).toEqual([]);
  });

  it('never overlaps what is already found', () => {
    const text = 'Providers must follow the deep synthesis rules.';
    expect(find(text, new TakenSpans([{ start: text.indexOf('synthesis'), end: text.indexOf('synthesis') + 9 }]))).toEqual([]);
  });
});
