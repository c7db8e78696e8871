import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/match/build-matcher';
import { findMentions } from '../../../lib/match/find-mentions';
import type { DictionaryEntry, Mention } from '../../../lib/match/types';
import { ENTRIES, ZH_EXCLUSIONS } from './fixtures';

const matcher = buildMatcher({ entries: ENTRIES, zhExclusions: ZH_EXCLUSIONS });
const find = (text: string): Mention[] => findMentions(matcher, text);
/** [matched, id] pairs, for tests where offsets are checked elsewhere. */
const found = (text: string): [string, string][] => find(text).map((m) => [m.matched, m.id]);

describe('findMentions: spans', () => {
  it('reports UTF-16 offsets into the original text, end exclusive', () => {
    expect(find('The CAC and MIIT issued GB 40050-2021.')).toEqual([
      { start: 4, end: 7, id: 'authority:cac', matched: 'CAC', abbreviation: true },
      { start: 12, end: 16, id: 'authority:miit', matched: 'MIIT', abbreviation: true },
      { start: 24, end: 37, id: 'standard:gb-40050-2021', matched: 'GB 40050-2021' },
    ]);
  });

  it('counts astral characters as two code units', () => {
    expect(find('😀 CAC')).toEqual([{ start: 3, end: 6, id: 'authority:cac', matched: 'CAC', abbreviation: true }]);
  });

  it('leaves a leading "the" out of the span', () => {
    expect(find('Under the Data Security Law, ')).toEqual([
      { start: 10, end: 27, id: 'document:dsl', matched: 'Data Security Law' },
    ]);
  });

  it('finds nothing in empty or blank text', () => {
    expect(find('')).toEqual([]);
    expect(find(' \n\t ')).toEqual([]);
  });
});

describe('findMentions: abbreviations', () => {
  it.each([
    ['CAC', [['CAC', 'authority:cac']]],
    ['the CAC’s guidance', [['CAC', 'authority:cac']]],
    ["the CAC's guidance", [['CAC', 'authority:cac']]],
    ['(“CAC”)', [['CAC', 'authority:cac']]],
    ['MIIT/SAMR', [['MIIT', 'authority:miit'], ['SAMR', 'authority:samr']]],
    ['TC260 released', [['TC260', 'authority:tc260']]],
    // Letters and digits written apart.
    ['TC 260 released', [['TC 260', 'authority:tc260']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(['the cac', 'Cac', 'CACs', 'CAC2', 'xCAC', 'miit', 'NPCSC', 'tc 260', 'TC 2600'])('does not match %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('treats an underscore as a boundary (it is not a letter)', () => {
    expect(find('CAC_report')).toEqual([{ start: 0, end: 3, id: 'authority:cac', matched: 'CAC', abbreviation: true }]);
  });

  it('accepts full-width letters in the written case', () => {
    expect(found('ＣＡＣ发布')).toEqual([['ＣＡＣ', 'authority:cac']]);
  });
});

describe('findMentions: titles', () => {
  it.each([
    'Data Security Law',
    'DATA SECURITY LAW',
    'data security law',
    'Data  Security\nLaw',
    'Data\r\n   Security\tLaw',
    'Data\u00a0Security\u2009Law',
    'Data Secu\u00adrity Law',
  ])('matches %j regardless of case and whitespace', (text) => {
    expect(find(`See ${text}.`)).toEqual([{ start: 4, end: 4 + text.length, id: 'document:dsl', matched: text }]);
  });

  it.each(['Counter-Espionage Law', 'Counter‐Espionage Law', 'Counter–Espionage Law', 'Counter—Espionage Law', 'COUNTER－ESPIONAGE LAW'])(
    'matches any dash: %j',
    (text) => {
      expect(found(text)).toEqual([[text, 'document:cel']]);
    },
  );

  it.each([
    "Provisions on the Cyber Protection of Children's Personal Information",
    'Provisions on the Cyber Protection of Children’s Personal Information',
    'provisions on the cyber protection of children‘s personal information',
  ])('matches straight or curly quotes: %j', (text) => {
    expect(found(`the ${text}`)).toEqual([[text, 'document:children-pi']]);
  });

  it('matches a title broken over several lines', () => {
    const text = 'CAC issued the Interim Measures for the Management of\nGenerative Artificial Intelligence\r\n    Services on 10 July.';
    expect(found(text)).toEqual([
      ['CAC', 'authority:cac'],
      ['Interim Measures for the Management of\nGenerative Artificial Intelligence\r\n    Services', 'document:genai'],
    ]);
  });

  it('matches a title ending in a parenthesis', () => {
    const name = 'Measures for Science and Technology Ethics Reviews (for Trial Implementation)';
    expect(found(`the ${name}, effective`)).toEqual([[name, 'document:ethics']]);
  });

  it.each([
    'Cybersecurity Lawyer',
    'Cybersecurity Laws',
    'Cybersecurity Law2',
    'xData Security Law',
    '2Data Security Law',
    'Data Security Lawful',
    'Data Security',
    'Counter Espionage Law',
    'Ministry of Industry and Information',
  ])('does not match the near miss %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('falls back to the shorter name when a longer variant is incomplete', () => {
    expect(found('Cybersecurity Law of the')).toEqual([['Cybersecurity Law', 'document:csl']]);
  });

  it('prefers the longest name at the same start (leftmost-longest)', () => {
    expect(find('Data Security Law Implementation Measures')).toEqual([
      { start: 0, end: 41, id: 'document:dsl-measures', matched: 'Data Security Law Implementation Measures' },
    ]);
    expect(found('Data Security Law Implementation guidance')).toEqual([['Data Security Law', 'document:dsl']]);
  });

  it('prefers the leftmost of two overlapping names', () => {
    const matcher2 = buildMatcher([
      { id: 'a', name: 'Personal Information Protection', kind: 'title' },
      { id: 'b', name: 'Protection Law Enforcement', kind: 'title' },
    ]);
    expect(findMentions(matcher2, 'the Personal Information Protection Law Enforcement')).toEqual([
      { start: 4, end: 35, id: 'a', matched: 'Personal Information Protection' },
    ]);
  });

  it('never matches a generic name from the stop list', () => {
    expect(found('the Measures, the Draft, the Court')).toEqual([]);
  });
});

describe('findMentions: titles that are also phrases', () => {
  const phrases = buildMatcher({
    entries: [
      { id: 'document:criminal-law', name: 'Criminal Law', kind: 'phrase' },
      { id: 'authority:spc', name: 'Supreme Court', kind: 'phrase' },
      { id: 'authority:state-council', name: 'State Council', kind: 'phrase' },
      // Its PRC variant "State Council" must not undo the rule of the name above.
      { id: 'authority:state-council', name: 'State Council of the People’s Republic of China', kind: 'title' },
    ],
  });
  const foundPhrase = (text: string): [string, string][] => findMentions(phrases, text).map((m) => [m.matched, m.id]);

  it.each([
    ['Article 253 of the Criminal Law', [['Criminal Law', 'document:criminal-law']]],
    ['the Criminal  Law', [['Criminal  Law', 'document:criminal-law']]],
    ['the PRC criminal law', [['PRC criminal law', 'document:criminal-law']]],
    ['China’s criminal law', [['China’s criminal law', 'document:criminal-law']]],
    ['criminal law of the PRC', [['criminal law of the PRC', 'document:criminal-law']]],
    ['The Supreme Court ruled', [['Supreme Court', 'authority:spc']]],
    ['the State Council of the PRC and the State Council', [['State Council of the PRC', 'authority:state-council'], ['State Council', 'authority:state-council']]],
  ])('matches its written form or a China-qualified variant: %j', (text, expected) => {
    expect(foundPhrase(text)).toEqual(expected);
  });

  it.each([
    ['Under Supreme Court guidance', [['Supreme Court', 'authority:spc']]],
    ['China’s Supreme Court and the PRC Supreme Court', [['Supreme Court', 'authority:spc'], ['Supreme Court', 'authority:spc']]],
    ['the Supreme Court of China', [['Supreme Court', 'authority:spc']]],
    ['the Supreme Court. Canada', [['Supreme Court', 'authority:spc']]],
    ['New Supreme Court Rules on Online Fraud', [['Supreme Court', 'authority:spc']]],
    ['Draft Criminal Law Amendment Published', [['Criminal Law', 'document:criminal-law']]],
  ])('keeps a phrase name China qualifies, or nothing qualifies: %j', (text, expected) => {
    expect(foundPhrase(text)).toEqual(expected);
  });

  it.each(['the US Supreme Court', 'Japan’s Supreme Court', "Japan's Criminal Law", 'the Supreme Court of Canada', 'the Supreme Court of the United States', 'the Federal Supreme Court', 'New York Supreme Court'])(
    'does not take another country’s body or law for China’s: %j',
    (text) => {
      expect(foundPhrase(text)).toEqual([]);
    },
  );

  it.each(['students of criminal law', 'the supreme court of Canada', 'Criminal law', 'CRIMINAL LAW', 'the state council of Ohio'])('does not match the phrase %j', (text) => {
    expect(foundPhrase(text)).toEqual([]);
  });

  it('says which mentions only a phrase name matched, so a page can ask whether it is about China', () => {
    const text = 'The Supreme Court, the PRC criminal law and the State Council of the PRC';
    expect(findMentions(phrases, text).map((m) => [m.matched, m.phrase ?? false])).toEqual([
      ['Supreme Court', true],
      ['PRC criminal law', false],
      ['State Council of the PRC', false],
    ]);
  });

  it('says which mentions only an abbreviation matched (no sign of China either: "MPS", "NDA")', () => {
    const kinds = (text: string) => find(text).map((m) => [m.matched, m.abbreviation ?? false, m.phrase ?? false]);
    expect(kinds('The CAC, the Cyberspace Administration of China, and GB 40050-2021')).toEqual([
      ['CAC', true, false],
      ['Cyberspace Administration of China', false, false],
      ['GB 40050-2021', false, false],
    ]);
  });

  it('does not call a mention a phrase when a plain title shares its span', () => {
    const both = buildMatcher({
      entries: [
        { id: 'authority:spc', name: 'Supreme Court', kind: 'phrase' },
        { id: 'authority:spc-imported', name: 'Supreme Court', kind: 'title' },
      ],
    });
    const [mention] = findMentions(both, 'The Supreme Court ruled');
    expect(mention?.ids).toEqual(['authority:spc', 'authority:spc-imported']);
    expect(mention?.phrase).toBeUndefined();
  });
});

describe('findMentions: PRC variants', () => {
  it.each([
    ['Cybersecurity Law', 'document:csl'],
    ['Cybersecurity Law of the PRC', 'document:csl'],
    ["Cybersecurity Law of the People's Republic of China", 'document:csl'],
    ['Cybersecurity Law of the People’s Republic of China', 'document:csl'],
    ['PRC Cybersecurity Law', 'document:csl'],
    ['China’s Cybersecurity Law', 'document:csl'],
    ['Personal Information Protection Law', 'document:pipl'],
    ["Personal Information Protection Law of the People's Republic of China", 'document:pipl'],
    ['PRC Personal Information Protection Law', 'document:pipl'],
    ['Personal Information Protection Law of the PRC', 'document:pipl'],
    ['Law of the People’s Republic of China on Guarding State Secrets', 'document:state-secrets-law'],
    ['Law of the PRC on Guarding State Secrets', 'document:state-secrets-law'],
    ['PRC Law on Guarding State Secrets', 'document:state-secrets-law'],
  ])('%s', (text, id) => {
    expect(find(`Under the ${text}, operators`)).toEqual([{ start: 10, end: 10 + text.length, id, matched: text }]);
  });
});

describe('findMentions: standard codes', () => {
  it.each(['GB 40050-2021', 'GB40050-2021', 'GB 40050—2021', 'GB 40050–2021', 'gb 40050-2021'])('%j', (text) => {
    expect(find(`under ${text}.`)).toEqual([{ start: 6, end: 6 + text.length, id: 'standard:gb-40050-2021', matched: text }]);
  });

  it.each(['GB/T 35273-2020', 'GB/T35273-2020', 'GB/T35273—2020', 'GB/T 35273–2020', 'ＧＢ／Ｔ ３５２７３－２０２０'])('%j', (text) => {
    expect(found(`(${text})`)).toEqual([[text, 'standard:gb-t-35273-2020']]);
  });

  it.each(['GB 40050-20210', 'GB 40050-2021a', 'XGB 40050-2021', 'GB 400502021', 'GB 40050 2021'])('does not match %j', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('prefers a longer code over an abbreviation at the same start', () => {
    expect(found('TC260-003 and TC260')).toEqual([
      ['TC260-003', 'standard:tc260-003'],
      ['TC260', 'authority:tc260'],
    ]);
  });
});

describe('findMentions: Chinese names', () => {
  it('matches inside Chinese text without word boundaries', () => {
    expect(find('国家互联网信息办公室发布《网络安全法》。')).toEqual([
      { start: 0, end: 10, id: 'authority:cac', matched: '国家互联网信息办公室' },
      { start: 13, end: 18, id: 'document:csl', matched: '网络安全法' },
    ]);
  });

  it('matches the full title with the state prefix', () => {
    expect(found('《中华人民共和国网络安全法》')).toEqual([['中华人民共和国网络安全法', 'document:csl']]);
  });

  it('matches next to Latin text', () => {
    expect(found('CAC（国家网信办）')).toEqual([
      ['CAC', 'authority:cac'],
      ['国家网信办', 'authority:cac'],
    ]);
  });

  it('suppresses a name inside an excluded look-alike', () => {
    expect(found('国家安全部门依法履职')).toEqual([]);
    expect(find('国家安全部发布公告')).toEqual([{ start: 0, end: 5, id: 'authority:mss', matched: '国家安全部' }]);
    expect(found('国家安全部门和国家安全部')).toEqual([['国家安全部', 'authority:mss']]);
    expect(find('国家安全部门和国家安全部')[0]!.start).toBe(7);
  });

  it('reads the law before 规定 where an exclusion ends in 法规 (网络安全法规定: the law provides)', () => {
    const withRegulations = buildMatcher({ entries: ENTRIES, zhExclusions: ['网络安全法规'] });
    const names = (text: string) => findMentions(withRegulations, text).map((mention) => mention.matched);
    expect(names('网络安全法规体系')).toEqual([]);
    expect(names('网络安全法规定了网络运营者的义务')).toEqual(['网络安全法']);
  });

  it('has no end boundary: without an exclusion a longer word still matches', () => {
    expect(found('网络安全法律')).toEqual([['网络安全法', 'document:csl']]);
  });
});

describe('findMentions: ambiguity', () => {
  const entries: DictionaryEntry[] = [
    { id: 'document:a', name: 'Data Protection Measures', kind: 'title' },
    { id: 'document:b', name: 'Data Protection Measures', kind: 'title' },
    { id: 'document:a', name: 'data protection measures', kind: 'title' },
    { id: 'document:csl', name: 'Cybersecurity Law', kind: 'title' },
    { id: 'document:csl-prc', name: 'Cybersecurity Law of the PRC', kind: 'title' },
    { id: 'authority:x', name: 'ABC', kind: 'abbr' },
    { id: 'document:y', name: 'Abc', kind: 'title' },
  ];
  const ambiguous = buildMatcher(entries);

  it('marks a name shared by several ids, first id first', () => {
    expect(findMentions(ambiguous, 'the Data Protection Measures')).toEqual([
      {
        start: 4,
        end: 28,
        id: 'document:a',
        matched: 'Data Protection Measures',
        ambiguous: true,
        ids: ['document:a', 'document:b'],
      },
    ]);
  });

  it('lets an entry’s own spelling outrank another entry’s generated variant', () => {
    expect(findMentions(ambiguous, 'Cybersecurity Law')).toEqual([
      { start: 0, end: 17, id: 'document:csl', matched: 'Cybersecurity Law' },
    ]);
    expect(findMentions(ambiguous, 'Cybersecurity Law of the PRC')).toEqual([
      { start: 0, end: 28, id: 'document:csl-prc', matched: 'Cybersecurity Law of the PRC' },
    ]);
  });

  it('merges an abbreviation and a title with the same letters when both apply', () => {
    expect(findMentions(ambiguous, 'ABC')).toEqual([
      { start: 0, end: 3, id: 'authority:x', matched: 'ABC', ambiguous: true, ids: ['authority:x', 'document:y'] },
    ]);
    expect(findMentions(ambiguous, 'abc')).toEqual([{ start: 0, end: 3, id: 'document:y', matched: 'abc' }]);
  });
});
