/**
 * Entries whose note (or starred name) matches a query, as search hits, so a lawyer finds
 * "the one I noted 'licence needed by May'" from the same search box. Only entries the
 * index did not already return are added, after its results; an entry the index no longer
 * has (its import was removed) is left out.
 */
import { searchNotes } from '../storage/notes';
import type { Note } from '../storage/schema';
import type { SearchHit } from './search-entries';
import type { SearchIndex } from './search-index';

export function noteHits(index: SearchIndex, notes: readonly Note[], query: string, exclude: readonly SearchHit[], limit = 5): SearchHit[] {
  if (!query.trim() || notes.length === 0) return [];
  const seen = new Set(exclude.map((hit) => hit.id));
  const terms = query.trim().split(/\s+/);
  const hits: SearchHit[] = [];
  for (const note of searchNotes(notes.filter((candidate) => candidate.text.trim()), query)) {
    const stored = seen.has(note.entryId) ? undefined : index.engine.getStoredFields(note.entryId);
    if (!stored) continue;
    seen.add(note.entryId);
    hits.push({
      id: note.entryId,
      type: note.entryType,
      name: String(stored.name),
      kindLabel: String(stored.kindLabel),
      terms,
      exact: false,
      reason: [{ kind: 'note' }],
      closest: false,
    });
    if (hits.length >= limit) break;
  }
  return hits;
}
