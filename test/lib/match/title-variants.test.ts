import { describe, expect, it } from 'vitest';
import { foldString } from '../../../lib/match/fold-string';
import { expandTitleVariants, stripLeadingThe } from '../../../lib/match/title-variants';

const PRC_LONG = "of the people's republic of china";

describe('expandTitleVariants', () => {
  it.each([
    [
      'Personal Information Protection Law',
      [
        'personal information protection law',
        `personal information protection law ${PRC_LONG}`,
        'personal information protection law of the prc',
        'prc personal information protection law',
        "china's personal information protection law",
      ],
    ],
    [
      "Cybersecurity Law of the People's Republic of China",
      [
        `cybersecurity law ${PRC_LONG}`,
        'cybersecurity law',
        'cybersecurity law of the prc',
        'prc cybersecurity law',
        "china's cybersecurity law",
      ],
    ],
    [
      'Data Security Law of the PRC',
      [
        'data security law of the prc',
        'data security law',
        `data security law ${PRC_LONG}`,
        'prc data security law',
        "china's data security law",
      ],
    ],
    [
      'PRC Anti-Monopoly Law',
      [
        'prc anti-monopoly law',
        'anti-monopoly law',
        `anti-monopoly law ${PRC_LONG}`,
        'anti-monopoly law of the prc',
        "china's anti-monopoly law",
      ],
    ],
    [
      "China's Civil Code",
      ["china's civil code", 'civil code', `civil code ${PRC_LONG}`, 'civil code of the prc', 'prc civil code'],
    ],
    [
      'Law on Guarding State Secrets',
      [
        'law on guarding state secrets',
        `law ${PRC_LONG} on guarding state secrets`,
        'law of the prc on guarding state secrets',
        'prc law on guarding state secrets',
        "china's law on guarding state secrets",
      ],
    ],
    [
      "Law of the People's Republic of China on the Protection of Minors",
      [
        `law ${PRC_LONG} on the protection of minors`,
        'law on the protection of minors',
        'law of the prc on the protection of minors',
        'prc law on the protection of minors',
        "china's law on the protection of minors",
      ],
    ],
  ])('%s', (name, expected) => {
    expect(expandTitleVariants(foldString(name))).toEqual(expected);
  });

  it.each([
    ['the Data Security Law Implementation Measures', ['data security law implementation measures']],
    ['Cyberspace Administration of China', ['cyberspace administration of china']],
    ['Measures for Cybersecurity Review', ['measures for cybersecurity review']],
    ['Supreme People’s Court', ["supreme people's court"]],
    // "Law" deep inside a long title does not make it a law title.
    [
      'Provisions of the Supreme People’s Court on the Application of Law for Civil Disputes',
      ["provisions of the supreme people's court on the application of law for civil disputes"],
    ],
  ])('leaves non-law titles alone: %s', (name, expected) => {
    expect(expandTitleVariants(foldString(name))).toEqual(expected);
  });

  it('makes no variants of a generic core such as "Law"', () => {
    const isGeneric = (key: string) => key === 'law';
    expect(expandTitleVariants('law of the prc', isGeneric)).toEqual(['law of the prc']);
    expect(expandTitleVariants('prc law', isGeneric)).toEqual(['prc law']);
  });

  it('drops exactly one leading "the"', () => {
    expect(stripLeadingThe('the measures')).toBe('measures');
    expect(stripLeadingThe('theory law')).toBe('theory law');
    expect(stripLeadingThe('the the law')).toBe('the law');
  });
});
