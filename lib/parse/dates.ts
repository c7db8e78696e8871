/** Finding item dates in newsletter prose and resolving the year when the text leaves it out. */

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';

export interface FoundDate {
  index: number;
  day: number;
  month: number;
  year?: number;
}

const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?`, 'g');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g');

/** Dates written "21 October", "16th August 2023" or "December 19, 2022", in text order. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(DAY_MONTH)) {
    const month = MONTHS[(match[2] ?? '').toLowerCase()];
    const day = Number(match[1]);
    if (month && day >= 1 && day <= 31) found.push({ index: match.index, day, month, year: match[3] ? Number(match[3]) : undefined });
  }
  for (const match of text.matchAll(MONTH_DAY)) {
    const month = MONTHS[(match[1] ?? '').toLowerCase()];
    const day = Number(match[2]);
    if (!month || day < 1 || day > 31) continue;
    if (found.some((date) => Math.abs(date.index - match.index) < 12)) continue;
    found.push({ index: match.index, day, month, year: match[3] ? Number(match[3]) : undefined });
  }
  return found.sort((a, b) => a.index - b.index);
}

const MONTH_YEAR = new RegExp(`\\b(?:in\\s+)${MONTH}\\s+(\\d{4})\\b`, 'g');

/** A month without a day ("in September 2019"), as a partial ISO date "2019-09". */
export function findMonthYears(text: string): Array<{ index: number; iso: string }> {
  return [...text.matchAll(MONTH_YEAR)].flatMap((match) => {
    const month = MONTHS[(match[1] ?? '').toLowerCase()];
    return month ? [{ index: match.index, iso: `${match[2]}-${String(month).padStart(2, '0')}` }] : [];
  });
}

/** The period an issue covers, as far as its title or text tells. */
export interface IssuePeriod {
  year: number;
  /** The last month the issue covers, where its title names one. */
  month?: number;
}

/** Reads "May & June 2024" or "January 2020" from a title, else the year the text names most. */
export function inferIssuePeriod(title: string, text: string): IssuePeriod | undefined {
  const titleMonths = [...title.matchAll(new RegExp(MONTH, 'gi'))].map((m) => MONTHS[(m[1] ?? '').toLowerCase()] ?? 0);
  const titleYear = title.match(/\b(20\d{2}|19\d{2})\b/);
  if (titleYear) {
    const month = titleMonths.length > 0 ? Math.max(...titleMonths) : undefined;
    return { year: Number(titleYear[1]), month };
  }
  const counts = new Map<number, number>();
  // Ranges such as "2021-2035" or "by 2025" name plans, not the issue's period.
  const yearPattern = /(?<![\d–-])\b(20[0-3]\d)\b(?![–-]\d)/g;
  for (const match of text.matchAll(yearPattern)) {
    const before = text.slice(Math.max(0, match.index - 4), match.index).toLowerCase();
    if (/by\s*$/.test(before)) continue;
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, count] of counts) {
    if (best === undefined || count > (counts.get(best) ?? 0) || (count === counts.get(best) && year > best)) best = year;
  }
  return best === undefined ? undefined : { year: best };
}

/** An ISO date for a found date, taking the year from the issue's period when the text omits it. */
export function toIsoDate(date: FoundDate, period: IssuePeriod | undefined): string | undefined {
  let year = date.year;
  if (year === undefined) {
    if (!period) return undefined;
    year = period.year;
    // A "December" item in a "January" issue belongs to the year before.
    if (period.month !== undefined && date.month > period.month + 1) year -= 1;
  }
  return `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
