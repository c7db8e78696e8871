import { describe, expect, it } from 'vitest';
import { AUTHORITY_GAZETTEER } from '../../../lib/knowledge/authorities';
import { CORE_AUTHORITY_VARIANTS, CORE_INSTRUMENTS } from '../../../lib/knowledge/core';
import { KNOWN_DOCUMENTS } from '../../../lib/knowledge/document-aliases';
import { GENERIC_NAMES, isGenericName } from '../../../lib/knowledge/generic-names';
import { TOPICS } from '../../../lib/knowledge/topics';
import { ZH_EXCLUSIONS } from '../../../lib/knowledge/zh-exclusions';
import { nameKey } from '../../../lib/parse/normalize';

describe('authority gazetteer', () => {
  it('has unique slugs', () => {
    const slugs = AUTHORITY_GAZETTEER.map((authority) => authority.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it('gives no name or abbreviation to two authorities', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const authority of AUTHORITY_GAZETTEER) {
      for (const name of [authority.name, ...(authority.aliases ?? [])].map(nameKey)) {
        if (owners.has(name) && owners.get(name) !== authority.slug) clashes.push(name);
        owners.set(name, authority.slug);
      }
      for (const abbreviation of authority.abbreviations ?? []) {
        if (owners.has(abbreviation) && owners.get(abbreviation) !== authority.slug) clashes.push(abbreviation);
        owners.set(abbreviation, authority.slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('writes abbreviations in capitals and Chinese names in Chinese', () => {
    for (const authority of AUTHORITY_GAZETTEER) {
      for (const abbreviation of authority.abbreviations ?? []) expect(abbreviation).toMatch(/^[A-Z][A-Za-z0-9]{1,9}$/);
      if (authority.nameZh) expect(authority.nameZh).toMatch(/^\p{Script=Han}+$/u);
    }
  });

  it('lists the bodies TMT lawyers meet most', () => {
    const slugs = new Set(AUTHORITY_GAZETTEER.map((authority) => authority.slug));
    for (const slug of ['cac', 'miit', 'samr', 'tc260', 'spc', 'npc-standing-committee', 'state-council', 'pboc', 'mps']) expect(slugs).toContain(slug);
  });
});

describe('topic taxonomy', () => {
  it('has unique slugs and lowercase keywords', () => {
    expect(new Set(TOPICS.map((topic) => topic.slug)).size).toBe(TOPICS.length);
    for (const topic of TOPICS) for (const keyword of topic.keywords) expect(keyword).toBe(keyword.toLowerCase());
  });
  it('covers the field', () => {
    const slugs = TOPICS.map((topic) => topic.slug);
    for (const slug of ['artificial-intelligence', 'data-protection', 'cross-border-data', 'cybersecurity', 'minors', 'online-games', 'standards']) expect(slugs).toContain(slug);
  });
});

describe('generic names and exclusions', () => {
  it('never lets a generic name through', () => {
    for (const name of ['the Measures', 'The Draft', 'the Court', 'Guidelines', 'Law']) expect(isGenericName(name)).toBe(true);
    for (const name of ['Cybersecurity Law', 'CAC', 'Measures for Security Assessment of Outbound Data Transfers']) expect(isGenericName(name)).toBe(false);
    expect(new Set(GENERIC_NAMES.map((name) => name.toLowerCase())).size).toBe(GENERIC_NAMES.length);
  });
  it('lists Chinese look-alikes that contain a known Chinese name', () => {
    const zhNames = [
      ...AUTHORITY_GAZETTEER.map((authority) => authority.nameZh ?? ''),
      ...KNOWN_DOCUMENTS.map((doc) => doc.nameZh),
      ...CORE_AUTHORITY_VARIANTS.flatMap((variant) => variant.zhShortNames ?? []),
      ...CORE_INSTRUMENTS.flatMap((instrument) => [instrument.nameZh, ...(instrument.zhShortNames ?? [])]),
    ].filter(Boolean);
    for (const exclusion of ZH_EXCLUSIONS) expect(zhNames.some((name) => exclusion.includes(name)), exclusion).toBe(true);
  });
});
