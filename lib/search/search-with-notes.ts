/**
 * The one search the popup and the side panel share: the index (the bundled graph with the
 * user's imports merged in) and the user's notes. Entries found through a note come after
 * the index's answers; the closest entries are offered only when neither answers.
 */
import type { Note } from '../storage/schema';
import { noteHits } from './note-hits';
import { answerQuery, type SearchAnswer, type SearchEntriesOptions } from './search-entries';
import type { SearchIndex } from './search-index';

export function searchWithNotes(index: SearchIndex, notes: readonly Note[], query: string, options: SearchEntriesOptions = {}): SearchAnswer {
  const answer = answerQuery(index, query, options);
  const limit = options.limit ?? 20;
  const types = options.types;
  const fromNotes = noteHits(index, notes, query, answer.hits).filter((hit) => !types || types.includes(hit.type));
  const hits = [...answer.hits, ...fromNotes].slice(0, Math.max(limit, answer.hits.length));
  return { hits, closest: hits.length > 0 ? [] : answer.closest };
}
