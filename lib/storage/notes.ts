/** Pure operations on the list of notes: edit one, find one, search, and combine two lists. */
import type { NodeType } from '../graph/schema';
import type { Note } from './schema';

/** The entry a note is written on, as the side panel knows it. */
export interface NoteTarget {
  id: string;
  name: string;
  type: NodeType;
}

export interface NoteChange {
  text?: string;
  starred?: boolean;
}

export function findNote(notes: readonly Note[], entryId: string): Note | undefined {
  return notes.find((note) => note.entryId === entryId);
}

/** An empty, unstarred note says nothing: it is removed rather than kept. */
export function isEmptyNote(note: Pick<Note, 'text' | 'starred'>): boolean {
  return note.text.trim() === '' && !note.starred;
}

/** The notes after one change to one entry's note (creating, updating or removing it). */
export function applyNoteChange(notes: readonly Note[], target: NoteTarget, change: NoteChange, now: string): Note[] {
  const existing = findNote(notes, target.id);
  const others = notes.filter((note) => note.entryId !== target.id);
  const next: Note = {
    entryId: target.id,
    entryName: target.name,
    entryType: target.type,
    text: change.text ?? existing?.text ?? '',
    starred: change.starred ?? existing?.starred ?? false,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  return isEmptyNote(next) ? others : [...others, next];
}

/** Notes whose text or entry name contains every word of the query (case and accents ignored). */
export function searchNotes(notes: readonly Note[], query: string): Note[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...notes];
  return notes.filter((note) => {
    const haystack = fold(`${note.entryName}\n${note.text}`);
    return words.every((word) => haystack.includes(word));
  });
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Two lists of notes as one, losing nothing: one note per entry; where both lists have a note
 * on the same entry, the one saved later wins, and the other's text is kept below it when it
 * says something the winner does not.
 */
export function combineNotes(first: readonly Note[], second: readonly Note[]): Note[] {
  const byEntry = new Map<string, Note>();
  for (const note of [...first, ...second]) {
    const other = byEntry.get(note.entryId);
    byEntry.set(note.entryId, other ? combineTwo(other, note) : note);
  }
  return [...byEntry.values()];
}

function combineTwo(a: Note, b: Note): Note {
  const [newer, older] = b.updatedAt > a.updatedAt ? [b, a] : [a, b];
  const olderText = older.text.trim();
  const keepsOlder = olderText !== '' && !newer.text.includes(olderText);
  return {
    ...newer,
    text: keepsOlder ? `${newer.text.trimEnd()}${newer.text.trim() ? '\n\n' : ''}${earlierVersionLabel(older)}\n${olderText}` : newer.text,
    starred: newer.starred,
    createdAt: a.createdAt < b.createdAt ? a.createdAt : b.createdAt,
  };
}

function earlierVersionLabel(note: Note): string {
  return `— Earlier version of this note (saved ${note.updatedAt.slice(0, 10)}) —`;
}
