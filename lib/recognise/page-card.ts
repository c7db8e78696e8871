/**
 * What the hover card adds for mentions a recogniser found: the words as the page wrote them, and
 * a whole card for a case number the graph does not have, read from the number itself.
 */
import type { EntryCard } from '../messages';
import { describeCaseNumber, parseCaseNumber, UNKNOWN_CASE_PREFIX } from './case-numbers';
import type { RecognisedMention } from './page-recogniser';

export interface PageMentionFacts {
  via?: RecognisedMention['via'];
  written?: string;
}

/** "Called “Certification Guidelines” on this page", "Written here as “…”", or nothing. */
export function pageNoteOf(mention: PageMentionFacts): string | undefined {
  if (!mention.written) return undefined;
  if (mention.via === 'defined') return `Called “${mention.written}” on this page`;
  if (mention.via === 'variant') return `Written here as “${mention.written}”`;
  if (mention.via === 'typo') return `Written here as “${mention.written}” (a misspelling)`;
  return undefined;
}

/** The card of a case number the graph does not have; undefined for every other entry. */
export function localCardOf(id: string, written: string | undefined): EntryCard | undefined {
  if (!id.startsWith(UNKNOWN_CASE_PREFIX) || !written) return undefined;
  const parsed = parseCaseNumber(written);
  if (!parsed) return undefined;
  return {
    id,
    type: 'case',
    name: written,
    kindLabel: 'Chinese court case number',
    summary: `${describeCaseNumber(parsed)} This case is not in TMT Lens.`,
  };
}
