/**
 * The card of a case number the graph does not have, read from the number itself. What it is
 * and that TMT Lens lacks it are worded by the card's frame, in the UI's language.
 */
import type { EntryCard } from '../messages';
import { describeCaseNumber, parseCaseNumber, UNKNOWN_CASE_PREFIX } from './case-numbers';

/** The card of a case number the graph does not have; undefined for every other entry. */
export function localCardOf(id: string, written: string | undefined): EntryCard | undefined {
  if (!id.startsWith(UNKNOWN_CASE_PREFIX) || !written) return undefined;
  const parsed = parseCaseNumber(written);
  if (!parsed) return undefined;
  return {
    id,
    type: 'case',
    name: written,
    summary: describeCaseNumber(parsed),
    caseNumber: true,
  };
}
