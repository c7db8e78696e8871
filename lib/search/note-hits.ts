/**
 * Entries whose note (or starred name) matches a query, as search hits, so a lawyer finds
 * "the one I noted 'licence needed by May'" from the same search box. Only entries the
 * index did not already return are added, after its results.
 */
import type { GraphIndex } from '../graph/graph-index';
import { kindLabelOf } from '../graph/labels';
import { searchNotes } from '../storage/notes';
import type { Note } from '../storage/schema';
import type { SearchHit } from './search-entries';

export function noteHits(index: GraphIndex, notes: readonly Note[], query: string, exclude: readonly SearchHit[], limit = 5): SearchHit[] {
  if (!query.trim() || notes.length === 0) return [];
  const seen = new Set(exclude.map((hit) => hit.id));
  const terms = query.trim().split(/\s+/);
  const hits: SearchHit[] = [];
  for (const note of searchNotes(notes.filter((candidate) => candidate.text.trim()), query)) {
    const node = index.nodesById.get(note.entryId);
    if (!node || seen.has(node.id)) continue;
    seen.add(node.id);
    hits.push({ id: node.id, type: node.type, name: node.name, kindLabel: `${kindLabelOf(node)} · in your note`, terms, exact: false });
    if (hits.length >= limit) break;
  }
  return hits;
}
