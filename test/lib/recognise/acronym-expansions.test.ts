import { describe, expect, it } from 'vitest';
import { findAcronymExpansions } from '../../../lib/recognise/acronym-expansions';
import { contentWordsOf } from '../../../lib/recognise/title-signature';

const words = { 'authority:cac': contentWordsOf('Cyberspace Administration of China'), 'authority:miit': contentWordsOf('Ministry of Industry and Information Technology') };

function expansions(text: string, acronym: string, id: string, taken = false) {
  const start = text.indexOf(`(${acronym})`) + 1;
  const mentions = [{ start, end: start + acronym.length, id, matched: acronym, abbreviation: true as const }];
  return findAcronymExpansions(text, mentions, words, () => taken).map((found) => [found.matched, found.id]);
}

describe('names a page spells out before a known acronym', () => {
  it('takes the spelled-out name whose initials are the acronym and whose words are mostly the entry’s', () => {
    expect(expansions('issued by the Cybersecurity Administration of China (CAC) on Friday', 'CAC', 'authority:cac')).toEqual([['Cybersecurity Administration of China', 'authority:cac']]);
    expect(expansions('the Ministry of Industry and Info-Technology (MIIT) said', 'MIIT', 'authority:miit')).toEqual([['Ministry of Industry and Info-Technology', 'authority:miit']]);
  });

  it('leaves a name that spells the acronym but is another body, one whose initials differ, and one already taken', () => {
    expect(expansions('rules of the China Accounting Council (CAC) apply', 'CAC', 'authority:cac')).toEqual([]);
    expect(expansions('the Cyberspace Regulator of China (CAC) said', 'CAC', 'authority:cac')).toEqual([]);
    expect(expansions('issued by the Cybersecurity Administration of China (CAC)', 'CAC', 'authority:cac', true)).toEqual([]);
    // Not in brackets: no definition.
    expect(findAcronymExpansions('the Cybersecurity Administration of China CAC', [{ start: 38, end: 41, id: 'authority:cac', matched: 'CAC', abbreviation: true }], words, () => false)).toEqual([]);
  });
});
