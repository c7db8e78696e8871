/**
 * The ids a record stands for, as an array shared by every mention it produces. Built on first
 * use and cached on the matcher, so loading a 10,000-name dictionary does not allocate 10,000
 * small arrays up front.
 */
import { RECORD_FIRST_ID, RECORD_ID_COUNT, RECORD_STRIDE } from './automaton';
import type { Matcher } from './matcher';

export function idsOfRecord(matcher: Matcher, record: number): readonly string[] {
  const cached = matcher.recordIds[record];
  if (cached !== undefined) return cached;
  const at = record * RECORD_STRIDE;
  const first = matcher.records[at + RECORD_FIRST_ID]!;
  const count = matcher.records[at + RECORD_ID_COUNT]!;
  const ids: string[] = [];
  for (let k = 0; k < count; k++) ids.push(matcher.ids[matcher.idLists[first + k]!]!);
  matcher.recordIds[record] = ids;
  return ids;
}
