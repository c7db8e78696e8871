/**
 * Stage 3a: read every newsletter into items and mentions, keeping for each mention where
 * it was read (the provenance every node and edge carries).
 */
import type { Source } from '../graph/schema';
import { extractItem, type SentenceMentions } from './extract-item';
import { readNewsletter } from './read-newsletter';
import { splitIssue, type Item, type ParsedIssue } from './split-issue';

export interface NewsletterInput {
  /** Stable name of the newsletter: a seed's file name, or "import:<id>" for a user's import. */
  id: string;
  text: string;
}

export interface ReadItem {
  newsletter: string;
  issueTitle: string;
  index: number;
  item: Item;
  sentences: SentenceMentions[];
}

export interface CollectResult {
  items: ReadItem[];
  issues: Array<{ id: string; title: string; items: number }>;
  warnings: string[];
  errors: string[];
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A title for an issue that has none: the months its items cover. */
function describeIssue(issue: ParsedIssue): string {
  if (issue.title) return issue.title;
  const dates = issue.items.map((item) => item.date).filter((date): date is string => Boolean(date)).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return 'China TMT newsletter';
  const label = (iso: string) => `${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  return label(first) === label(last) ? `China TMT update, ${label(first)}` : `China TMT update, ${label(first)} – ${label(last)}`;
}

export function sourceOf(read: ReadItem, quote: string): Source {
  return {
    newsletter: read.newsletter,
    issue: read.issueTitle,
    section: read.item.section,
    item: read.item.heading,
    date: read.item.date,
    quote: quote.length > 600 ? `${quote.slice(0, 597)}…` : quote,
  };
}

export function collectMentions(newsletters: NewsletterInput[]): CollectResult {
  const result: CollectResult = { items: [], issues: [], warnings: [], errors: [] };
  for (const newsletter of newsletters) {
    const read = readNewsletter(newsletter.text);
    if (!read.ok) {
      result.errors.push(`${newsletter.id}: ${read.error.message}`);
      continue;
    }
    result.warnings.push(...read.warnings.map((warning) => `${newsletter.id}: ${warning.message}`));
    const issue = splitIssue(read.text);
    const title = describeIssue(issue);
    if (issue.items.length === 0) result.warnings.push(`${newsletter.id}: no news items were found; is this a TMT newsletter?`);
    result.issues.push({ id: newsletter.id, title, items: issue.items.length });
    issue.items.forEach((item, index) => {
      result.items.push({ newsletter: newsletter.id, issueTitle: title, index, item, sentences: extractItem(item) });
    });
  }
  return result;
}
