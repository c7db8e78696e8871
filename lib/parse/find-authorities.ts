/**
 * Stage 2b: find authorities in a sentence — first by the curated gazetteer (names,
 * other names, abbreviations), then by the shape of an official body's name for bodies
 * the gazetteer does not list ("Wuhan Municipal Bureau of Economy and Information Technology").
 */
import { AUTHORITY_GAZETTEER, type GazetteerAuthority } from '../knowledge/authorities';
import { MAINLAND_CITIES, PROVINCES, SPECIAL_REGIONS } from '../knowledge/chinese-places';
import type { AuthorityNode } from '../graph/schema';
import { nameKey } from './normalize';
import { STARTERS } from './title-words';

export interface AuthorityMatch {
  /** Gazetteer slug, or undefined for a body found by its name's shape. */
  slug?: string;
  text: string;
  start: number;
  end: number;
  /** An abbreviation the sentence defines right after the name: "(NRTA)". */
  abbreviation?: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[’']/g, "['’]").replace(/\s+/g, '\\s+');
}

interface GazetteerPatterns {
  names: RegExp;
  abbreviations: RegExp;
  slugByKey: Map<string, string>;
  slugByAbbreviation: Map<string, string>;
}

let cached: GazetteerPatterns | undefined;

function gazetteerPatterns(): GazetteerPatterns {
  if (cached) return cached;
  const slugByKey = new Map<string, string>();
  const slugByAbbreviation = new Map<string, string>();
  const names: string[] = [];
  const abbreviations: string[] = [];
  for (const authority of AUTHORITY_GAZETTEER) {
    for (const name of [authority.name, ...(authority.aliases ?? [])]) {
      slugByKey.set(nameKey(name), authority.slug);
      names.push(name);
    }
    for (const abbreviation of authority.abbreviations ?? []) {
      slugByAbbreviation.set(abbreviation, authority.slug);
      abbreviations.push(abbreviation);
    }
  }
  const byLength = (a: string, b: string) => b.length - a.length || a.localeCompare(b);
  cached = {
    names: new RegExp(`(?<![\\w-])(?:${names.sort(byLength).map(escape).join('|')})(?![\\w-])`, 'gi'),
    abbreviations: new RegExp(`(?<![\\w-])(?:${abbreviations.sort(byLength).map(escape).join('|')})(?![\\w-])`, 'g'),
    slugByKey,
    slugByAbbreviation,
  };
  return cached;
}

export function gazetteerEntry(slug: string): GazetteerAuthority | undefined {
  return AUTHORITY_GAZETTEER.find((authority) => authority.slug === slug);
}

export function gazetteerSlugFor(name: string): string | undefined {
  const patterns = gazetteerPatterns();
  return patterns.slugByAbbreviation.get(name) ?? patterns.slugByKey.get(nameKey(name));
}

const PLACES = [...PROVINCES, ...MAINLAND_CITIES, ...SPECIAL_REGIONS];
const PROVINCIAL = new Set(PROVINCES);
const BODY_HEAD = '(?:Working Group|Alliance|Administration|Bureau|Commission|Ministry|Office|Court|Procuratorate|Council|Committee|Association|Government|Congress|Centre|Center|Department|Agency|Authority)';
const CAPITAL = "[A-Z][\\w’'\\-]*";
const BODY_SHAPE = new RegExp(
  `(?<![\\w-])((?:${CAPITAL}\\s+){0,6}?${BODY_HEAD}(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?${CAPITAL}(?:\\s+(?:and\\s+)?${CAPITAL})*)?)(?:\\s*\\([“"]?([A-Z][A-Za-z0-9]{1,9})[”"]?\\))?`,
  'g',
);
const OFFICIAL_START = new RegExp(`^(?:${PLACES.map(escape).join('|')}|National|State|Ministry|General|Standing|Supreme|Central|China|Chinese)\\b`);

function overlaps(a: { start: number; end: number }, list: Array<{ start: number; end: number }>): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

/** Authorities in a sentence; `taken` are spans already claimed (document titles). */
export function findAuthorities(sentence: string, taken: Array<{ start: number; end: number }>): AuthorityMatch[] {
  const patterns = gazetteerPatterns();
  const found: AuthorityMatch[] = [];
  for (const match of sentence.matchAll(patterns.names)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (overlaps(span, taken) || overlaps(span, found)) continue;
    found.push({ ...span, slug: patterns.slugByKey.get(nameKey(match[0])), text: match[0] });
  }
  for (const match of sentence.matchAll(patterns.abbreviations)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (overlaps(span, found)) continue;
    // An abbreviation inside a title ("MIIT Measures") still names its issuer.
    found.push({ ...span, slug: patterns.slugByAbbreviation.get(match[0]), text: match[0] });
  }
  for (const match of sentence.matchAll(BODY_SHAPE)) {
    let text = match[1] ?? '';
    let start = match.index;
    // Drop sentence openers in front of the name ("On", "The", "Recently").
    for (;;) {
      const firstWord = text.split(/\s+/)[0] ?? '';
      if (!STARTERS.has(firstWord.toLowerCase()) || OFFICIAL_START.test(text) || text.split(/\s+/).length <= 2) break;
      text = text.slice(firstWord.length).trimStart();
      start = match.index + (match[1] ?? '').length - text.length;
    }
    const span = { start, end: start + text.length };
    const placeFirst = PLACES.some((place) => text.startsWith(place));
    if (!OFFICIAL_START.test(text) || text.split(/\s+/).length < (placeFirst ? 2 : 3)) continue;
    if (overlaps(span, taken) || overlaps(span, found)) continue;
    found.push({ ...span, text, slug: patterns.slugByKey.get(nameKey(text)), abbreviation: match[2] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Kind and level of a body found by the shape of its name. */
export function classifyAuthority(name: string): { kind: AuthorityNode['kind']; level: AuthorityNode['level'] } {
  const kind: AuthorityNode['kind'] = /Court\b/.test(name)
    ? 'court'
    : /Procuratorate/.test(name)
      ? 'procuratorate'
      : /Association|Alliance/.test(name)
        ? 'association'
        : /Congress/.test(name)
          ? 'legislature'
          : /Standardi[sz]ation|Standards?\b/.test(name)
            ? 'standards_body'
            : /^Ministry/.test(name)
              ? 'ministry'
              : /Government|Municipal|Provincial|District|City/.test(name)
                ? 'local_government'
                : 'regulator';
  const place = PLACES.find((candidate) => name.startsWith(candidate));
  const level: AuthorityNode['level'] = place ? (PROVINCIAL.has(place) ? 'provincial' : 'municipal') : 'national';
  return { kind, level };
}
