/**
 * One entry's note and star, saved as the user types (after a pause, and when the field loses
 * focus or the entry changes), and refreshed when another window changes it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { followNotes, saveNote, type WriteError } from '../../lib/ext/user-data-store';
import { findNote, type NoteTarget } from '../../lib/storage/notes';

const SAVE_AFTER_MS = 800;

/** An error is either `readError` (the note could not be read) or `writeError` (it could not be saved); the view words both. */
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; readError: string } | { kind: 'error'; writeError: WriteError };

export interface EntryNoteState {
  loaded: boolean;
  /** A newer TMT Lens wrote the notes: show them, change nothing. */
  locked: boolean;
  text: string;
  starred: boolean;
  save: SaveState;
  setText(text: string): void;
  flush(): void;
  toggleStar(): void;
}

export function useEntryNote(entry: NoteTarget): EntryNoteState {
  const [loaded, setLoaded] = useState(false);
  const [locked, setLocked] = useState(false);
  const [text, setTextState] = useState('');
  const [starred, setStarred] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  /** Typed text not saved yet, with the entry it was typed on (the entry may change before it is saved). */
  const pending = useRef<{ target: NoteTarget; text: string } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const write = useCallback(async (target: NoteTarget, change: { text?: string; starred?: boolean }) => {
    setSave({ kind: 'saving' });
    const result = await saveNote(target, change);
    setSave(result.ok ? { kind: 'saved', at: new Date().toISOString() } : { kind: 'error', writeError: result.error });
  }, []);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const typed = pending.current;
    pending.current = undefined;
    if (typed) void write(typed.target, { text: typed.text });
  }, [write]);

  useEffect(
    () =>
      followNotes(
        ({ notes, locked: isLocked }) => {
          if (pending.current !== undefined) return; // the user is typing: their text wins
          const note = findNote(notes, entry.id);
          setTextState(note?.text ?? '');
          setStarred(note?.starred ?? false);
          setLocked(isLocked);
          setLoaded(true);
        },
        (error: unknown) => {
          const detail = error instanceof Error ? error.message : String(error);
          setSave({ kind: 'error', readError: detail });
        },
      ),
    [entry.id],
  );

  // Leaving the entry (or closing the panel) saves what was typed.
  useEffect(() => flush, [entry.id, flush]);

  return {
    loaded,
    locked,
    text,
    starred,
    save,
    setText(value) {
      setTextState(value);
      pending.current = { target: entry, text: value };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_AFTER_MS);
    },
    flush,
    toggleStar() {
      const next = !starred;
      setStarred(next);
      const typed = pending.current;
      pending.current = undefined;
      clearTimeout(timer.current);
      void write(entry, { starred: next, ...(typed ? { text: typed.text } : {}) });
    },
  };
}
