/**
 * Every note and star, searchable, each editable in place. A note whose entry is no longer in
 * the graph (its import was removed) is still listed, under the name it was written on.
 */
import { useId, useMemo, useState } from 'react';
import type { Graph } from '../../lib/graph/schema';
import { searchNotes } from '../../lib/storage/notes';
import type { Note } from '../../lib/storage/schema';
import { EntryNotes } from '../notes/EntryNotes';
import { useT } from '../i18n/i18n-context';
import { typeLabel } from '../i18n/labels';

export function NotesList({ notes, graph }: { notes: readonly Note[]; graph: Graph | undefined }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const present = useMemo(() => new Set(graph?.nodes.map((node) => node.id)), [graph]);
  const shown = useMemo(
    () => searchNotes(notes, query).sort((a, b) => Number(b.starred) - Number(a.starred) || b.updatedAt.localeCompare(a.updatedAt)),
    [notes, query],
  );
  if (notes.length === 0) {
    return <p className="empty-state">{t('notesList.empty')}</p>;
  }
  return (
    <>
      <div className="form-row">
        <label htmlFor={searchId}>{t('notesList.search')}</label>
        <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        <span className="muted" role="status">
          {query ? t('count.notesFound', shown.length) : t('count.note', notes.length)}
        </span>
      </div>
      <ul className="notes-list" aria-label={t('notesList.label')}>
        {shown.map((note) => (
          <li key={note.entryId}>
            <p className="note-entry">
              <span className={`badge badge-${note.entryType}`}>{typeLabel(t, note.entryType)}</span> <span className="entry-name">{note.entryName}</span>
              {graph && !present.has(note.entryId) && <span className="muted">{t('notesList.gone')}</span>}
            </p>
            <EntryNotes key={note.entryId} entry={{ id: note.entryId, name: note.entryName, type: note.entryType }} headingLevel={4} />
          </li>
        ))}
      </ul>
    </>
  );
}
