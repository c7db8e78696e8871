/**
 * A document's number written in brackets right after its title — 《…的通知》（国办发〔2019〕38号）,
 * 《数据出境安全评估办法》（国家网信办令第11号）, "… Services (CAC Order No. 12)", "… Opinions (Guo Ban Fa
 * [2019] No. 38)" — names that document, there and wherever the page writes the number again, as a
 * short name the page defines does. Numbers the graph's names carry are read anywhere by
 * document-numbers.ts; this reads those it does not carry, from the page's own citation.
 */
import { bracketOpensAfter, type Definition } from './defined-names';
import type { Span } from './taken-spans';

/** 国办发〔2019〕38号, 中办发[2003]27号, 中网办发文[2014]1号, 工信部信管函〔2020〕164号: issuer's code, year, number. */
const ZH_SERIAL = String.raw`[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*第?\s*\d{1,4}\s*号`;
/** 国家网信办令第11号, 商务部公告2024年第51号, 主席令第五十三号: an order or announcement by its number. */
const ZH_ORDER = String.raw`[\u4e00-\u9fff、]{0,16}?(?:令|公告)\s*(?:(?:19|20)\d\d\s*年\s*)?第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号`;
/** "CAC Order No. 12", "Order No. 12 of 2021", "MIIT Announcement No. 3 [2020]". */
const EN_ORDER = String.raw`(?:[A-Z][A-Za-z.&]*\s+){0,5}(?:Order|Decree|Announcement|Bulletin|Circular|Document)\s+(?:\[(?:19|20)\d\d\]\s+)?No\.?\s*\d{1,4}(?:,?\s+(?:of\s+(?:19|20)\d\d|\[(?:19|20)\d\d\]))?`;
/** "Guo Ban Fa [2019] No. 38", "Guobanfa (2021) No. 12", "Yin Fa [2021] 237 Hao": a serial in pinyin. */
const EN_SERIAL = String.raw`(?:[A-Z][a-z]*\s*){1,6}[\[〔(]\s*(?:19|20)\d\d\s*[\]〕)]\s*(?:No\.?\s*)?\d{1,4}(?:\s*Hao)?`;

const NUMBER_IN_BRACKETS = new RegExp(String.raw`^\s*[》」”"]?\s*[(（]\s*(${ZH_SERIAL}|${ZH_ORDER}|${EN_ORDER}|${EN_SERIAL})\s*[)）]`, 'u');

/** The numbers the page writes in brackets right after the titles of documents among `mentions`. */
export function findCitedNumbers(text: string, mentions: readonly (Span & { id: string })[]): Definition[] {
  const found: Definition[] = [];
  for (const mention of mentions) {
    if (!mention.id.startsWith('document:') || !bracketOpensAfter(text, mention.end)) continue;
    const after = text.slice(mention.end, mention.end + 80);
    const match = NUMBER_IN_BRACKETS.exec(after);
    if (!match) continue;
    const name = match[1]!.trim();
    found.push({ name, id: mention.id, from: mention.end + after.indexOf(name, match[0].indexOf(name)) });
  }
  return found;
}

/**
 * Mentions inside a written number of `numbers` (公安部 in 公安部令第33号 the page gave for a title)
 * are part of the number: they are dropped so the number is read whole.
 */
export function withoutMentionsInsideNumbers<T extends Span>(text: string, mentions: T[], numbers: readonly Definition[]): T[] {
  if (numbers.length === 0 || mentions.length === 0) return mentions;
  const inside: Span[] = [];
  for (const { name, from } of numbers) {
    for (let at = text.indexOf(name, Math.max(0, from)); at >= 0; at = text.indexOf(name, at + name.length)) inside.push({ start: at, end: at + name.length });
  }
  if (inside.length === 0) return mentions;
  return mentions.filter((mention) => !inside.some((span) => span.start <= mention.start && mention.end <= span.end && (span.start < mention.start || mention.end < span.end)));
}
