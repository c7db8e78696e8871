/**
 * Facts about one entry read from the sentence that mentions it: which date the sentence ties
 * to it, whether the sentence is about it (for its one line), when it takes effect, and the
 * co-issuers a sentence names after "in conjunction with".
 */
import type { ReadItem } from './collect-mentions';
import { findDates, findMonthYears, toIsoDate, type IssuePeriod } from './dates';
import type { DocumentMention, SentenceMentions } from './extract-item';

export const EFFECTIVE =
  /\b(?:took effect|take effect|takes effect|came into (?:effect|force)|come into (?:effect|force)|comes into (?:effect|force)|(?:is|are) effective|effective (?:from|on|as of)|will be (?:implemented|effective) (?:from|on)|(?:has|have) been implemented since|implemented since)\b/i;
/** A paragraph that opens with its own date ("On 7 October, …", "October 11, …"). */
const DATED_OPENING = /^(?:On|Since|From)?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?,\s/;

/** The year of the item, for dates written without one. */
function periodOf(read: ReadItem): IssuePeriod | undefined {
  return read.item.date ? { year: Number(read.item.date.slice(0, 4)), month: Number(read.item.date.slice(5, 7)) || undefined } : undefined;
}

export function leadOf(read: ReadItem): SentenceMentions | undefined {
  return read.sentences.find((sentence) => !sentence.inHeading);
}

/**
 * The date a sentence gives to a document it says was issued (or published for comment): a
 * date the sentence writes (not one it says the document takes effect on); else the item's
 * date, where the heading carries it ("… (29 May)") or the heading names the document and the
 * lead opens with the date of that event. Nothing else ties the item's date to a document.
 */
export function tiedDate(read: ReadItem, sentence: SentenceMentions): string | undefined {
  const text = sentence.sentence.text;
  const effectAt = text.search(EFFECTIVE);
  const beforeEffect = (index: number) => effectAt < 0 || index < effectAt;
  const [day] = findDates(text).filter((date) => beforeEffect(date.index));
  const [month] = findMonthYears(text).filter((date) => beforeEffect(date.index));
  if (day && (!month || day.index <= month.index)) return toIsoDate(day, periodOf(read));
  if (month) return month.iso;
  if (!read.item.date) return undefined;
  const lead = leadOf(read);
  if (sentence.inHeading) {
    if (read.item.datedByHeading) return read.item.date;
    const leadText = lead?.sentence.text ?? '';
    return DATED_OPENING.test(leadText) && !EFFECTIVE.test(leadText) ? read.item.date : undefined;
  }
  return sentence === lead && read.item.datedByHeading ? read.item.date : undefined;
}

/** Adverbial openings before a sentence's subject: "Regarding national security, on 1 July 2023, ". */
const LEADING_ADVERBIAL =
  /^(?:(?:regarding|on|in|since|from|as of|among them|notably|in addition|additionally|finally|furthermore|further|meanwhile|also|moreover|specifically|for example|at the same time|in order to)\b[^,]{0,80}|(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+)(?:,?\s+\d{4})?|\d{4}),\s*/i;

/** Whether a title after these words is the sentence's subject. */
export function isSubjectPosition(prefix: string): boolean {
  let rest = prefix.trimStart().replace(/^[-•·*]\s+/, '');
  for (let guard = 0; guard < 4 && LEADING_ADVERBIAL.test(rest); guard++) rest = rest.replace(LEADING_ADVERBIAL, '');
  return /^(?:the\s+)?(?:(?:revised|new|draft|amended|latest|final)\s+)?[“"‘]?$/i.test(rest);
}

/**
 * How well a sentence describes a document, for its one line: 1 says it was issued, 2 has it
 * as its subject, 2.5 says it was issued among many, 3 is a heading that says it was issued;
 * undefined when it only mentions it.
 */
export function aboutRank(sentence: SentenceMentions, mention: DocumentMention): number | undefined {
  if (mention.relation) return undefined;
  if (!sentence.inHeading && mention.issuedHere) return sentence.documents.filter((doc) => doc.issuedHere).length > 2 ? 2.5 : 1;
  if (!sentence.inHeading && isSubjectPosition(sentence.sentence.text.slice(0, mention.start))) return 2;
  if (sentence.inHeading && (mention.issuedHere || mention.issuedByAfter)) return 3;
  return undefined;
}

/** The line for a document the newsletters only mention in passing. */
export function mentionedIn(read: ReadItem): string {
  const heading = read.item.heading.length > 120 ? `${read.item.heading.slice(0, read.item.heading.lastIndexOf(' ', 117))}…` : read.item.heading;
  return `Mentioned in ${read.issueTitle}: “${heading}”.`;
}

/**
 * The date a sentence says something takes effect, and where the phrase is: the date right
 * after the phrase, else the last one before it ("on 1 July 2023, the revised CEL took effect").
 */
export function effectiveDateOf(read: ReadItem, text: string): { date: string; at: number } | undefined {
  const match = EFFECTIVE.exec(text);
  if (!match) return undefined;
  const at = match.index;
  const dates = findDates(text);
  const after = dates.find((date) => date.index >= at && date.index - at < 60);
  const before = [...dates].reverse().find((date) => date.index < at && at - date.index < 120);
  const chosen = after ?? before;
  const iso = chosen ? toIsoDate(chosen, periodOf(read)) : undefined;
  return iso ? { date: iso, at } : undefined;
}

export const CO_ISSUER_PHRASE = /\b(?:in conjunction with|together with|jointly with|along with)\b/gi;
/** An item saying a document was issued with others it does not name there: "and four other departments". */
export const OTHER_ISSUERS = /\b(?:and|with)\s+(?:\w+\s+)?other\s+(?:departments|ministries|authorities|agencies|regulators)\b/i;
/** Several bodies issued it together. */
export const JOINT = /\b(?:jointly|collectively|in conjunction with|other (?:departments|ministries|authorities)|ministries and commissions|\w+ (?:departments|authorities) including)\b/i;
