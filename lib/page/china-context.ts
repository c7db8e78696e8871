/**
 * Whether a page is about China, for the phrase names of the graph ("Supreme Court", "Ministry of
 * Justice", "Criminal Law"). Many countries have a body or a law of that name, so on a page they
 * mean China's only where the page shows it is about China: it names China, the PRC or a place
 * of the mainland (in their written case: "fine china" is porcelain), or another name of the
 * graph that is not an abbreviation (the caller judges those), or it is served from a Chinese
 * site. A UK page about its Ministry of Justice or a US page about its Supreme Court then gets no
 * card about China's. Hong Kong and Macau do not count: they have their own law and courts.
 */
import { MAINLAND_CITIES, PROVINCES } from '../knowledge/chinese-places';

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
