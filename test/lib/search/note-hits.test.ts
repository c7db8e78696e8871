import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../lib/graph/schema';
import type { SearchHit } from '../../../lib/search/search-entries';
import { noteHits } from '../../../lib/search/note-hits';
import { buildSearchIndex } from '../../../lib/search/search-index';
import { searchWithNotes } from '../../../lib/search/search-with-notes';
import type { Note } from '../../../lib/storage/schema';

const source = { newsletter: 'n.txt', issue: 'I', section: 'S', item: 'I', quote: 'Q' };
const graph: Graph = {
  version: 1,
  edges: [],
  nodes: [
    { id: 'document:a', type: 'document', name: 'Measures A', aliases: [], abbreviations: [], summary: '', topics: [], sources: [source], kind: 'departmental_rule', status: 'final', jurisdiction: 'PRC' },
    { id: 'document:b', type: 'document', name: 'Measures B', aliases: [], abbreviations: [], summary: '', topics: [], sources: [source], kind: 'departmental_rule', status: 'final', jurisdiction: 'PRC' },
  ],
};
const index = buildSearchIndex(graph);
const note = (entryId: string, entryName: string, text: string): Note => ({ entryId, entryName, entryType: 'document', text, starred: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });

describe('noteHits', () => {
  const notes = [note('document:a', 'Measures A', 'Licence needed in May.'), note('document:b', 'Measures B', '')];

  it('finds an entry by the words of its note', () => {
    expect(noteHits(index, notes, 'licence may', []).map((hit) => [hit.id, hit.kindLabel, hit.reason])).toEqual([['document:a', 'Departmental rule', [{ kind: 'note' }]]]);
  });

  it('adds nothing the index already found, and nothing for empty notes or queries', () => {
    const already = [{ id: 'document:a' } as SearchHit];
    expect(noteHits(index, notes, 'licence', already)).toEqual([]);
    expect(noteHits(index, notes, 'Measures B', [])).toEqual([]);
    expect(noteHits(index, notes, '  ', [])).toEqual([]);
    // A note on an entry the graph no longer has (its import was removed).
    expect(noteHits(index, [note('document:gone', 'Gone', 'licence')], 'licence', [])).toEqual([]);
  });
});

describe('searchWithNotes', () => {
  const notes = [note('document:a', 'Measures A', 'Licence needed in May.')];

  it('answers from the index and from notes, notes after', () => {
    expect(searchWithNotes(index, notes, 'measures', { limit: 5 }).hits.map((hit) => hit.id)).toEqual(['document:a', 'document:b']);
    expect(searchWithNotes(index, notes, 'licence', { limit: 5 })).toMatchObject({ hits: [{ id: 'document:a', reason: [{ kind: 'note' }] }], closest: [] });
  });

  it('offers the closest entries only when neither the index nor a note answers', () => {
    expect(searchWithNotes(index, notes, 'measures xyzzy').hits).toEqual([]);
    expect(searchWithNotes(index, [], 'licence')).toEqual({ hits: [], closest: [] });
  });
});
