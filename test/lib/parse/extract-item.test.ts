import { describe, expect, it } from 'vitest';
import { extractItem } from '../../../lib/parse/extract-item';
import type { Item } from '../../../lib/parse/split-issue';

function documentsOf(body: string): { title: string; code?: string }[] {
  const item: Item = { section: 'Standards', sectionKind: 'standards', heading: 'Standards', headingIsSynthetic: true, body, start: 0, end: body.length };
  return extractItem(item).flatMap((sentence) => sentence.documents.map(({ title, code }) => (code ? { title, code } : { title })));
}

describe('extractItem: standard codes', () => {
  it('gives a title the code written right after it', () => {
    expect(documentsOf('The MIIT issued the General Requirements for Security of Critical Network Equipment (GB40050-2021).')).toEqual([
      { title: 'General Requirements for Security of Critical Network Equipment', code: 'GB40050-2021' },
    ]);
  });

  it('gives a title the code written after other parentheticals, not a document of its own', () => {
    const body =
      'It involves two standards: Artificial Intelligence Computing Device Scheduling and Collaboration Part 1: Technical Specification for Virtualisation and Scheduling System (T/CESA) (T/CESA 1228.1-2022) and Artificial Intelligence Computing Device Scheduling and Collaboration Part 2: Distributed Computing Technical Requirements (T/CESA 1228.2-2022).';
    expect(documentsOf(body)).toEqual([
      { title: 'Artificial Intelligence Computing Device Scheduling and Collaboration Part 1: Technical Specification for Virtualisation and Scheduling System', code: 'T/CESA 1228.1-2022' },
      { title: 'Artificial Intelligence Computing Device Scheduling and Collaboration Part 2: Distributed Computing Technical Requirements', code: 'T/CESA 1228.2-2022' },
    ]);
  });

  it('keeps a code that follows prose, not a title, as a document of its own', () => {
    expect(documentsOf('Products sold in China must meet GB 4943.1-2022 from next year.')).toEqual([{ title: 'GB 4943.1-2022', code: 'GB 4943.1-2022' }]);
  });
});

function authoritiesOf(body: string): { text: string; slug?: string }[] {
  const item: Item = { section: 'Legislation', sectionKind: 'legislative', heading: 'Legislation', headingIsSynthetic: true, body, start: 0, end: body.length };
  return extractItem(item).flatMap((sentence) => sentence.authorities.map(({ text, slug }) => (slug ? { text, slug } : { text })));
}

describe('extractItem: authorities', () => {
  it('reads a listed body whose name ends in a head noun ("… Market Regulation") as the issuer, not as a title', () => {
    const body = 'Beijing Municipal Administration for Market Regulation issued Guidelines for the Protection of Trade Secrets of Beijing Internet Enterprises.';
    expect(documentsOf(body)).toEqual([{ title: 'Guidelines for the Protection of Trade Secrets of Beijing Internet Enterprises' }]);
    expect(authoritiesOf(body)).toEqual([{ text: 'Beijing Municipal Administration for Market Regulation', slug: 'beijing-amr' }]);
  });

  it('finds an alliance named after its place', () => {
    expect(authoritiesOf('From 26 to 27 October 2023, Beijing Fintech Industry Alliance held the conference.')).toEqual([{ text: 'Beijing Fintech Industry Alliance' }]);
  });
});
