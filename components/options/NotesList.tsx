/**
 * Every note and star, searchable, each editable in place. A note whose entry is no longer in
 * the graph (its import was removed) is still listed, under the name it was written on.
 */
import { useId, useMemo, useState } from 'react';
import type { Graph } from '../../lib/graph/schema';
import { searchNotes } from '../../lib/storage/notes';
import type { Note } from '../../lib/storage/schema';
import { EntryNotes } from '../notes/EntryNotes';
import { plural } from './wording';

export function NotesList({ notes, graph }: { notes: readonly Note[]; graph: Graph | undefined }) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const present = useMemo(() => new Set(graph?.nodes.map((node) => node.id)), [graph]);
  const shown = useMemo(
    () => searchNotes(notes, query).sort((a, b) => Number(b.starred) - Number(a.starred) || b.updatedAt.localeCompare(a.updatedAt)),
    [notes, query],
  );
  if (notes.length === 0) {
    return <p className="empty-state">No notes or stars yet. Open an entry in the side panel to star it or write a note; they are kept in this browser.</p>;
  }
  return (
    <>
      <div className="form-row">
        <label htmlFor={searchId}>Search your notes</label>
        <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        <span className="muted" role="status">
          {query ? `${plural(shown.length, 'note')} found` : plural(notes.length, 'note')}
        </span>
      </div>
      <ul className="notes-list" aria-label="Your notes and stars">
        {shown.map((note) => (
          <li key={note.entryId}>
            <p className="note-entry">
              <span className={`badge badge-${note.entryType}`}>{note.entryType}</span> <span className="entry-name">{note.entryName}</span>
              {graph && !present.has(note.entryId) && <span className="muted"> — no longer in TMT Lens (its import was removed); the note is kept</span>}
            </p>
            <EntryNotes key={note.entryId} entry={{ id: note.entryId, name: note.entryName, type: note.entryType }} headingLevel={4} />
          </li>
        ))}
      </ul>
    </>
  );
}
