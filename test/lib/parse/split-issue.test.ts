import { describe, expect, it } from 'vitest';
import { splitIssue } from '../../../lib/parse/split-issue';

describe('splitIssue', () => {
  it('reads numbered items under section headings, with the year from the title', () => {
    const issue = splitIssue(
      [
        'China TMT: Bi-monthly Update - May & June 2024 Issue',
        'Legislative Developments',
        '1. MIIT issued new measures on radio equipment (29 May)',
        'The MIIT recently released the Measures for Supervision and Inspection of Radio Transmission Equipment.',
        'Enforcement Developments',
        '2. CAC released the sixth batch of filings (12 June)',
        'The CAC published the batch.',
        'More Insights',
        'Generative AI',
        'Something unrelated.',
      ].join('\n'),
    );
    expect(issue.title).toBe('China TMT: Bi-monthly Update - May & June 2024 Issue');
    expect(issue.items.map((item) => [item.sectionKind, item.heading, item.date])).toEqual([
      ['legislative', 'MIIT issued new measures on radio equipment', '2024-05-29'],
      ['enforcement', 'CAC released the sixth batch of filings', '2024-06-12'],
    ]);
  });

  it('reads bullets whose heading runs into the body after the date', () => {
    const issue = splitIssue(
      ['In 2023, things happened.', 'Legislative Developments', '- MIIT issued the Interim Measures on Radio Management for Civil Unmanned Aircraft (27 December)To implement the Radio Management Regulations, MIIT acted.'].join('\n'),
    );
    const item = issue.items.find((candidate) => candidate.sectionKind === 'legislative');
    expect(item).toMatchObject({
      heading: 'MIIT issued the Interim Measures on Radio Management for Civil Unmanned Aircraft',
      body: 'To implement the Radio Management Regulations, MIIT acted.',
      date: '2023-12-27',
    });
  });

  it('puts a December item of a January issue in the year before', () => {
    const issue = splitIssue(['China Monthly TMT Update – January 2020', '', 'China', '', 'MIIT Invites Public Comments on the Plan', '', 'The MIIT issued the draft plan on 3 December.'].join('\n'));
    expect(issue.items[0]).toMatchObject({ heading: 'MIIT Invites Public Comments on the Plan', date: '2019-12-03', section: 'China' });
  });

  it('starts a new item at each dated paragraph when headings are missing', () => {
    const issue = splitIssue(['China TMT Update – October 2023', 'Legislative Developments', '1. First heading', 'On 21 October, one thing happened.', 'On 7 October, the MIIT issued the Opinions on X.'].join('\n'));
    expect(issue.items.map((item) => [item.heading, item.date, item.headingIsSynthetic ?? false])).toEqual([
      ['First heading', '2023-10-21', false],
      ['The MIIT issued the Opinions on X', '2023-10-07', true],
    ]);
  });

  it('reads US-style dates with years in "Part I –" sections', () => {
    const issue = splitIssue(['Highlights in Recent China TMT Law and Practices', 'Part I – Regulations, Policies & Judiciary Interpretations', '1. NEA Issued Measures for Cybersecurity Management in the Power Industry', 'On December 12, 2022, the National Energy Administration issued the Measures.'].join('\n'));
    expect(issue.items[0]).toMatchObject({ sectionKind: 'legislative', date: '2022-12-12' });
  });
});
