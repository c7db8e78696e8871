/**
 * Stage 1: split a newsletter into its sections and items. Newsletters come in several
 * shapes (numbered items with headings; "- Heading (23 November)Body" bullets; "Part I –"
 * sections; plain headline paragraphs); each line is classified on its own, so a new
 * shape degrades into fewer items rather than an error.
 */
import { findDates, inferIssuePeriod, toIsoDate, type IssuePeriod } from './dates';

export type SectionKind = 'highlights' | 'views' | 'legislative' | 'enforcement' | 'judicial' | 'standards' | 'industry' | 'other';

export interface Item {
  section: string;
  sectionKind: SectionKind;
  heading: string;
  /** True when the newsletter gave no heading and one was made from the first sentence. */
  headingIsSynthetic?: boolean;
  body: string;
  /** ISO date, with the year resolved from the issue's period where the text omits it. */
  date?: string;
  /** True when the date ends the heading ("… (29 May)"): the heading's event is dated by it. */
  datedByHeading?: boolean;
  /** Offsets of the item in the newsletter text (start of heading to end of body). */
  start: number;
  end: number;
}

export interface ParsedIssue {
  title: string;
  period?: IssuePeriod;
  items: Item[];
}

const BOILERPLATE = [
  /^this newsletter summari[sz]es/i,
  /^if you would like to subscribe/i,
  /^follow the links below/i,
  /^please click here/i,
  /^click here/i,
  /^for more information/i,
];

const SECTION_PATTERNS: Array<[RegExp, SectionKind]> = [
  [/^key highlights$|^highlights$|^our observations/i, 'highlights'],
  [/^our views$/i, 'views'],
  [/legislat|regulations|policies|interpretations/i, 'legislative'],
  [/enforcement/i, 'enforcement'],
  [/judg(e)?ments|judicial|court/i, 'judicial'],
  [/standard|practice guidance/i, 'standards'],
  [/industry/i, 'industry'],
];

function sectionKindOf(name: string): SectionKind | undefined {
  for (const [pattern, kind] of SECTION_PATTERNS) if (pattern.test(name)) return kind;
  return undefined;
}

/** "Legislative Developments", "Part II - Sectorial Standards & Practice Guidance", "Key Highlights". */
function asSectionHeading(line: string): { name: string; kind: SectionKind } | undefined {
  if (line.length > 90 || /[.:;,]$/.test(line)) return undefined;
  const part = line.match(/^Part\s+[IVXLC\d]+\s*[–—-]\s*(.+)$/i);
  if (part?.[1]) return { name: part[1].trim(), kind: sectionKindOf(part[1]) ?? 'other' };
  if (/^(key highlights|highlights|our views|[\w\s&]*developments)$/i.test(line)) {
    return { name: line, kind: sectionKindOf(line) ?? 'other' };
  }
  return undefined;
}

/** Footers that list the firm's other publications: nothing after them is news. */
const END_MARKERS = [/^more insights$/i, /^related (?:insights|articles)$/i, /^latest insights$/i];
/** A paragraph that opens with its own date ("On 7 October, …") reports a new event. */
const DATED_OPENING = /^(?:On|Since|From)?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?,\s/;

const NUMBERED = /^\d{1,3}\.\s+(\S.*)$/;
const BULLET = /^[-•·*]\s+(\S.*)$/;
/** "- Heading text (23 November)Body text": the date in parentheses ends the heading. */
const BULLET_WITH_DATE = /^(.{10,400}?)\s*\((\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)\)\s*(.*)$/;

function looksLikeHeadline(line: string, next: string | undefined): boolean {
  if (line.length < 12 || line.length > 180 || /[.;:,]$/.test(line) || /^\(\d+\)/.test(line)) return false;
  if (!next || next.length < line.length) return false;
  // Headline case: most words start with a capital letter.
  const words = line.split(/\s+/);
  const capitalised = words.filter((word) => /^[A-Z0-9“"‘(]/.test(word)).length;
  return capitalised / words.length >= 0.5;
}

export function splitIssue(text: string): ParsedIssue {
  const lines: Array<{ text: string; start: number }> = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    if (trimmed) lines.push({ text: trimmed, start: offset + raw.indexOf(trimmed) });
    offset += raw.length + 1;
  }
  const first = lines[0]?.text ?? '';
  const title = first.length <= 120 && !/[.!?]$/.test(first) && !asSectionHeading(first) && !NUMBERED.test(first) ? first : '';
  const period = inferIssuePeriod(title, text);

  const items: Item[] = [];
  let section = 'Introduction';
  let sectionKind: SectionKind = 'other';
  let current: Item | undefined;
  const finish = () => {
    if (current && (current.body || current.heading)) items.push(current);
    current = undefined;
  };
  const open = (heading: string, start: number, body = '', date?: string) => {
    finish();
    current = { section, sectionKind, heading, body, start, end: start + heading.length + body.length, date };
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (index === 0 && title) continue;
    if (line.text === title) continue;
    if (BOILERPLATE.some((pattern) => pattern.test(line.text))) continue;
    if (END_MARKERS.some((pattern) => pattern.test(line.text))) break;

    const sectionHeading = asSectionHeading(line.text);
    if (sectionHeading) {
      finish();
      section = sectionHeading.name;
      sectionKind = sectionHeading.kind;
      continue;
    }
    // A lone place name ("China", "Hong Kong") groups the headline items under it.
    if (/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(line.text) && line.text.length <= 20) {
      finish();
      section = line.text;
      sectionKind = 'other';
      continue;
    }
    const numbered = line.text.match(NUMBERED);
    if (numbered?.[1] && numbered[1].length <= 400) {
      const heading = numbered[1];
      const dated = heading.match(/^(.*?)\s*\((\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)\)\s*$/);
      open(dated?.[1] ?? heading, line.start, '', dated?.[2] ? isoOf(dated[2], period) : undefined);
      if (dated?.[2]) current!.datedByHeading = true;
      continue;
    }
    const bullet = line.text.match(BULLET);
    if (bullet?.[1] && sectionKind !== 'highlights') {
      const dated = bullet[1].match(BULLET_WITH_DATE);
      if (dated?.[1]) {
        open(dated[1], line.start, dated[3] ?? '', dated[2] ? isoOf(dated[2], period) : undefined);
        if (dated[2]) current!.datedByHeading = true;
        continue;
      }
    }
    if ((sectionKind === 'highlights' || sectionKind === 'views') && !current) {
      open(section, line.start, line.text);
      finish();
      continue;
    }
    if (sectionKind === 'views') {
      open(line.text, line.start);
      finish();
      continue;
    }
    if ((!current || current.body) && looksLikeHeadline(line.text, lines[index + 1]?.text)) {
      open(line.text, line.start);
      continue;
    }
    if (!current) {
      const synthetic = DATED_OPENING.test(line.text);
      open(synthetic ? headingFromSentence(line.text) : section, line.start, line.text);
      current!.headingIsSynthetic = synthetic;
      continue;
    }
    // Some newsletters lose their item headings; a dated paragraph after a dated one is a new item.
    if (DATED_OPENING.test(line.text) && current.body && DATED_OPENING.test(current.body)) {
      open(headingFromSentence(line.text), line.start, line.text);
      current!.headingIsSynthetic = true;
      continue;
    }
    current.body = current.body ? `${current.body}\n${line.text}` : line.text;
    current.end = line.start + line.text.length;
  }
  finish();

  // Highlights and views summarise many items: a date in them belongs to one of those, not to them.
  for (const item of items) {
    if (item.sectionKind !== 'highlights' && item.sectionKind !== 'views') item.date ??= firstDateOf(`${item.heading}\n${item.body}`, period);
  }
  return { title, period, items };
}

/** A stand-in heading for an item that has none: its first sentence, shortened. */
function headingFromSentence(text: string): string {
  const sentence = text.split(/(?<=[.!?])\s/)[0] ?? text;
  const withoutDate = sentence.replace(DATED_OPENING, '');
  const heading = withoutDate.charAt(0).toUpperCase() + withoutDate.slice(1);
  return heading.length > 140 ? `${heading.slice(0, heading.lastIndexOf(' ', 137))}…` : heading.replace(/[.]$/, '');
}

function isoOf(written: string, period: IssuePeriod | undefined): string | undefined {
  const [found] = findDates(written);
  return found ? toIsoDate(found, period) : undefined;
}

function firstDateOf(text: string, period: IssuePeriod | undefined): string | undefined {
  const [found] = findDates(text.slice(0, 400));
  return found ? toIsoDate(found, period) : undefined;
}
