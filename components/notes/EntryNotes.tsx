/**
 * The user's note and star on one entry, for the side panel (and the options page's list).
 * Notes stay in this browser; they are in backups and searchable from the options page.
 * Mount with `key={entry.id}` so that switching entries saves and resets the editor.
 */
import { useId } from 'react';
import type { NoteTarget } from '../../lib/storage/notes';
import { useEntryNote, type SaveState } from './use-entry-note';
import { useT } from '../i18n/i18n-context';
import { WRITE_ERROR_KEYS, wordCoded } from '../i18n/coded-wording';
import type { Translate } from '../../lib/i18n/translate';
import './notes.css';

/** Long enough for any memo; bounded so one runaway paste cannot fill the storage quota. */
export const MAX_NOTE_CHARS = 100_000;

export function EntryNotes({ entry, headingLevel = 3 }: { entry: NoteTarget; headingLevel?: 2 | 3 | 4 }) {
  const t = useT();
  const note = useEntryNote(entry);
  const headingId = useId();
  const fieldId = useId();
  const statusId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="entry-notes" aria-labelledby={headingId} data-entry-notes={entry.id}>
      <div className="entry-notes-header">
        <Heading id={headingId} className="entry-notes-title">
          {t('notes.heading')}
        </Heading>
        <button
          type="button"
          className={`star-toggle${note.starred ? ' is-starred' : ''}`}
          aria-pressed={note.starred}
          aria-label={t('notes.starLabel', { name: entry.name })}
          disabled={!note.loaded || note.locked}
          onClick={note.toggleStar}
        >
          <span aria-hidden="true">{note.starred ? '★' : '☆'}</span> {t('notes.star')}
        </button>
      </div>
      <label htmlFor={fieldId} className="visually-hidden">
        {t('notes.fieldLabel', { name: entry.name })}
      </label>
      <textarea
        id={fieldId}
        className="entry-notes-field"
        rows={3}
        maxLength={MAX_NOTE_CHARS}
        placeholder={note.loaded ? t('notes.placeholder') : t('common.loading')}
        value={note.text}
        readOnly={!note.loaded || note.locked}
        aria-describedby={statusId}
        onChange={(event) => note.setText(event.target.value)}
        onBlur={note.flush}
      />
      <p id={statusId} className="entry-notes-status" role={note.save.kind === 'error' ? 'alert' : 'status'}>
        {note.locked ? t('notes.locked') : describe(t, note.save)}
      </p>
    </section>
  );
}

function describe(t: Translate, save: SaveState): string {
  switch (save.kind) {
    case 'idle':
      return '';
    case 'saving':
      return t('notes.saving');
    case 'saved':
      return t('notes.saved');
    case 'error':
      return 'readError' in save ? t('notes.readFailed', { error: save.readError }) : wordCoded(t, WRITE_ERROR_KEYS, save.writeError);
  }
}
