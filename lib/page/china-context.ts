/**
 * Whether a page is about China, for the names of the graph that other countries share: phrase
 * names ("Supreme Court", "Ministry of Justice", "Criminal Law") and everyday acronyms ("NDA",
 * "AML", "MPS"). On a page they mean China's only where the page shows it is about China: it
 * names China, the PRC or a place of the mainland (in their written case: "fine china" is
 * porcelain), or a title or Chinese name of the graph, or it is served from a Chinese site. A UK
 * page about its Ministry of Justice or a US page about its Supreme Court then gets no card about
 * China's. Hong Kong and Macau do not count: they have their own law and courts. Other acronyms
 * ("CAC", "MIIT") are highlighted anywhere but are no sign either: a page can use them in passing.
 */
import { AMBIGUOUS_ACRONYMS } from '../knowledge/ambiguous-acronyms';
import { MAINLAND_CITIES, PROVINCES } from '../knowledge/chinese-places';
import type { Mention } from '../match/types';

const PLACE_WORDS = [...PROVINCES, ...MAINLAND_CITIES].map((place) => place.replace(/’/g, "['’]").replace(/ /g, '\\s+'));
const CHINA_WORDS = new RegExp(`\\b(?:China|Chinese|CHINA|CHINESE|PRC|Sino|${PLACE_WORDS.join('|')})\\b|\\bP\\.R\\.C\\.`);

/** Whether a text names China, the PRC or a place of the mainland. */
export function saysChina(text: string): boolean {
  return CHINA_WORDS.test(text);
}

/**
 * Sites under .cn, or with a part of their name that begins with "china" ("china-briefing.com",
 * "chinalawtranslate.com", not "exmachina.ai").
 */
export function isChinaSite(hostname: string): boolean {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels[labels.length - 1] === 'cn') return true;
  return labels.some((label) => label.split('-').some((part) => part.startsWith('china') && !part.startsWith('chinatown')));
}

/**
 * What a mention has to do with China: it `needs` a page about China to mean China's body or
 * law, it `shows` that the page is about China, or it is `neutral` (painted anywhere, no sign).
 */
export type ChinaRelation = 'needs' | 'shows' | 'neutral';

export function chinaRelationOf(mention: Pick<Mention, 'matched' | 'phrase' | 'abbreviation'>): ChinaRelation {
  if (mention.phrase) return 'needs';
  if (mention.abbreviation) return AMBIGUOUS_ACRONYMS.has(mention.matched) ? 'needs' : 'neutral';
  return 'shows';
}
