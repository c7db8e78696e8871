import { describe, expect, it } from 'vitest';
import { SentenceCaseTitles } from '../../../lib/recognise/sentence-case-titles';
import { TakenSpans } from '../../../lib/recognise/taken-spans';
import { buildTitleTable, loadTitleTable } from '../../../lib/recognise/title-table';

const table = loadTitleTable(
  buildTitleTable([
    { id: 'document:pop-up', draft: false, names: ['Provisions on the Administration of Internet Pop-up Information Push Services'] },
    { id: 'document:groups', draft: false, names: ['Provisions on the Administration of Internet Group Information Services'] },
    { id: 'document:entity-list', draft: false, names: ['Provisions on the Unreliable Entity List'] },
    { id: 'document:drugs', draft: false, names: ['Measures for the Supervision and Administration of Online Drug Sales'] },
    { id: 'document:data-security', draft: false, names: ['Data Security Management Measures'] },
    { id: 'document:incidents', draft: false, names: ['Measures for Reporting Cybersecurity Incidents'] },
  ]),
);
const find = (text: string, taken: TakenSpans = new TakenSpans([])) => new SentenceCaseTitles(table).find(text, taken).map((found) => [found.matched, found.id]);

describe('sentence-case titles', () => {
  it('reads a title that ends on its lower-case type noun, under the type noun translators swap', () => {
    expect(find('The CAC jointly issued " Internet pop-up information push service management regulations " (the "Regulations").')).toEqual([
      ['Internet pop-up information push service management regulations', 'document:pop-up'],
    ]);
    expect(find('Ministry of Commerce Order 2020 No. 4 Unreliable entity list provisions')).toEqual([['Unreliable entity list provisions', 'document:entity-list']]);
  });

  it('reads a lower-case title after "the", without the "the"', () => {
    expect(find('Operators must follow the internet group information service management regulations.')).toEqual([
      ['internet group information service management regulations', 'document:groups'],
    ]);
  });

  it('reads a title with its type noun second and ends it where its words name an entry', () => {
    expect(find('NMPA released Supervision and administration measures for online drug sales on 1 Sep 2022.')).toEqual([]);
    expect(find('NMPA released Supervision measures for online drug sales on 1 Sep 2022.')).toEqual([['Supervision measures for online drug sales', 'document:drugs']]);
  });

  it('takes nothing that prose says in the same words', () => {
    // Fewer than three content words: a company's own measures.
    expect(find('Data security management measures must be adopted by every processor.')).toEqual([]);
    // A lower-case start inside a sentence, not after "the".
    expect(find('Firms adopted internet group information service management regulations of their own.')).toEqual([]);
    expect(find('Regulators said further rules on platforms, data, algorithms and online content are coming.')).toEqual([]);
  });

  it('leaves title-case titles and titles that go on to the title runs', () => {
    expect(find('Measures of the Administration of the Reporting of Cybersecurity Incidents in the Business Fields of the People’s Bank of China')).toEqual([]);
    expect(find('Reporting measures for cybersecurity incidents of the banking sector apply.')).toEqual([]);
  });

  it('never overlaps what is already found', () => {
    const text = 'Unreliable entity list provisions';
    expect(find(text, new TakenSpans([{ start: 0, end: 10 }]))).toEqual([]);
  });
});
