/** Which taxonomy topics a piece of text is about, by keyword. */
import { TOPICS } from '../knowledge/topics';

const PATTERNS = TOPICS.map((topic) => ({
  slug: topic.slug,
  pattern: new RegExp(`(?<![\\w-])(?:${topic.keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w-])`, 'gi'),
}));

/** Topic slugs with at least `minHits` keyword hits in the text. */
export function topicsOf(text: string, minHits = 1): string[] {
  const found: string[] = [];
  for (const { slug, pattern } of PATTERNS) {
    const hits = text.match(pattern)?.length ?? 0;
    if (hits >= minHits) found.push(slug);
  }
  return found;
}
