import { describe, expect, it } from 'vitest';
import { buildTitleTable, loadTitleTable } from '../../../lib/recognise/title-table';
import { TitleWordFilter } from '../../../lib/recognise/title-word-filter';

const table = loadTitleTable(
  buildTitleTable([
    { id: 'document:deep-synthesis', draft: false, names: ['Provisions on the Administration of Deep Synthesis of Internet Information Services'] },
    { id: 'document:export', draft: false, names: ['Measures for Security Assessment of Outbound Data Transfers'] },
  ]),
);

describe('title words', () => {
  it('knows the words of the table’s titles, folded, and linking words and the words of varied phrases', () => {
    const words = new TitleWordFilter(table);
    expect(words.has('synthesis')).toBe(true);
    expect(words.has('assessments')).toBe(true);
    expect(words.has('of')).toBe(true);
    // "cross-border" folds to "outbound" only as a phrase, so its parts are title words.
    expect(words.has('cross')).toBe(true);
    expect(words.has('said')).toBe(false);
    expect(words.has('coming')).toBe(false);
  });

  it('lets through, as written, the words a signature folds or leaves out, and nothing else', () => {
    const words = new TitleWordFilter(table);
    expect(words.mayBeInSignature('Synthesis')).toBe(true);
    expect(words.mayBeInSignature('synthesis’')).toBe(true);
    // A hyphenated word may be joined to its prefix (anti-monopoly → antimonopoly); a number is dropped; a type noun may be the type.
    expect(words.mayBeInSignature('anti-fraud')).toBe(true);
    expect(words.mayBeInSignature('2021')).toBe(true);
    expect(words.mayBeInSignature('guidelines')).toBe(true);
    // "outbound data transfer": the signature drops "transfer".
    expect(words.mayBeInSignature('transfer')).toBe(true);
    expect(words.mayBeInSignature('said')).toBe(false);
    expect(words.mayBeInSignature('Said')).toBe(false);
  });
});
