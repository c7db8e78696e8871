import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_ACRONYMS } from '../../../lib/knowledge/ambiguous-acronyms';
import { chinaRelationOf, isChinaSite, saysChina } from '../../../lib/page/china-context';

describe('saysChina', () => {
  it.each([
    'China’s Supreme Court',
    'the Chinese courts',
    'under PRC law',
    'a Beijing court',
    'Sino-US relations',
    'CHINA: NEW RULES',
    'Hangzhou Internet Court',
    'the P.R.C. Supreme Court',
    'the Zhejiang High People’s Court',
    'a court in Xi’an',
    'courts in Inner\nMongolia',
  ])('finds China in %j', (text) => {
    expect(saysChina(text)).toBe(true);
  });

  it.each([
    'The Ministry of Justice said on Tuesday that prisons in England were full.',
    'The Supreme Court of the United States heard the case.',
    'a set of fine china',
    'IndoChina', // a word of its own
    'A Hong Kong court', // its own law and courts
    'Beijingers',
    'PRCs',
    'Chinatown',
    '',
  ])('finds no China in %j', (text) => {
    expect(saysChina(text)).toBe(false);
  });
});

describe('isChinaSite', () => {
  it.each(['www.gov.cn', 'www.cac.gov.cn', 'chinadaily.com.cn', 'www.china-briefing.com', 'chinalawtranslate.com', 'WWW.NPC.GOV.CN.'])('%s is a Chinese site', (host) => {
    expect(isChinaSite(host)).toBe(true);
  });

  it.each(['www.gov.uk', 'www.supremecourt.gov', 'example.com', 'cnn.com', 'www.cnbc.com', '127.0.0.1', 'exmachina.ai', 'indochina-travel.com', 'chinatown.nyc', 'cn.example.com'])('%s is not', (host) => {
    expect(isChinaSite(host)).toBe(false);
  });
});

describe('chinaRelationOf', () => {
  it.each([
    [{ matched: 'Supreme Court', phrase: true as const }, 'needs'],
    [{ matched: 'NDA', abbreviation: true as const }, 'needs'],
    [{ matched: 'MPS', abbreviation: true as const }, 'needs'],
    [{ matched: 'CAC', abbreviation: true as const }, 'neutral'],
    [{ matched: 'Nda', abbreviation: true as const }, 'neutral'],
    [{ matched: 'Cyberspace Administration of China' }, 'shows'],
    [{ matched: '网络安全法' }, 'shows'],
    [{ matched: 'GB 40050-2021' }, 'shows'],
  ])('%j %s a page about China', (mention, relation) => {
    expect(chinaRelationOf(mention)).toBe(relation);
  });

  it('lists acronyms as they are written: capitals, as abbreviations match', () => {
    for (const acronym of AMBIGUOUS_ACRONYMS) expect(acronym).toMatch(/^[A-Z]{2,6}$/);
  });
});
