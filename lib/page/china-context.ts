/**
 * Whether a page is about China, for the phrase names of the graph ("Supreme Court", "Ministry of
 * Justice", "Criminal Law"). Many countries have a body or a law of that name, so on a page they
 * mean China's only where the page shows it is about China: it names China, a Chinese city or
 * the PRC (in their written case: "fine china" is porcelain), or anything else in the graph, or
 * it is served from a Chinese site. A UK page about its Ministry of Justice or a US page about
 * its Supreme Court then gets no card about China's.
 */

const CHINA_WORDS = /\b(?:China|Chinese|CHINA|CHINESE|PRC|Sino|Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou)\b|\bP\.R\.C\./;

/** Whether a text names China, the PRC or a Chinese city. */
export function saysChina(text: string): boolean {
  return CHINA_WORDS.test(text);
}

/** Sites under .cn, or whose name says China ("china-briefing.com", "chinalawtranslate.com"). */
export function isChinaSite(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host.endsWith('.cn') || host.includes('china');
}
