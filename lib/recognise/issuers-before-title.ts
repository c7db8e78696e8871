/**
 * 中央网信办、工业和信息化部、公安部、市场监管总局关于开展…的公告: the bodies that open a Chinese title,
 * right before its 关于, are its issuers and part of its name, as a page that puts the title in 《》
 * shows. Where the title from 关于 on names an entry, its mention takes the bodies in, and they are
 * not read as mentions of their own.
 */
import type { Mention } from '../match/types';

const ABOUT = /^[关關][于於]/;
/** Between two issuers: 、, 和/与/及, or spaces (not a comma: 主办方为商务部，国家网信办关于… names two things). */
const BETWEEN_ISSUERS = /^(?:\s*[、和与與及]\s*|\s+)$/;
/** Between the last issuer and 关于: nothing, or spaces. */
const BEFORE_ABOUT = /^\s*$/;

/** `mentions` in text order, with each 关于-title extended over the bodies that open it. */
export function withIssuersBeforeTitle<M extends Mention>(mentions: M[], text: string): M[] {
  const issuers = new Set<number>();
  const extended = new Map<number, M>();
  for (let index = 0; index < mentions.length; index++) {
    const title = mentions[index]!;
    if (!title.id.startsWith('document:') || !ABOUT.test(text.slice(title.start, title.start + 2))) continue;
    let start = title.start;
    for (let before = index - 1; before >= 0; before--) {
      const body = mentions[before]!;
      if (!body.id.startsWith('authority:') || body.end > start) break;
      const gap = text.slice(body.end, start);
      if (!(start === title.start ? BEFORE_ABOUT : BETWEEN_ISSUERS).test(gap)) break;
      start = body.start;
      issuers.add(before);
    }
    if (start < title.start) extended.set(index, { ...title, start, matched: text.slice(start, title.end) });
  }
  // Most texts have no such title: their mentions are returned as they are, not copied.
  if (extended.size === 0) return mentions;
  return mentions.flatMap((mention, index) => (issuers.has(index) ? [] : [extended.get(index) ?? mention]));
}
