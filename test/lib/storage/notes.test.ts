import { describe, expect, it } from 'vitest';
import { applyNoteChange, combineNotes, findNote, searchNotes } from '../../../lib/storage/notes';
import { LATER, makeNote, NOW } from './fixtures';

const target = { id: 'document:data-security-law', name: 'Data Security Law', type: 'document' as const };

describe('editing notes', () => {
  it('creates a note, then updates it in place, keeping when it was created', () => {
    const created = applyNoteChange([], target, { text: 'First.' }, NOW);
    expect(created).toEqual([makeNote({ text: 'First.', createdAt: NOW, updatedAt: NOW })]);
    const starred = applyNoteChange(created, target, { starred: true }, LATER);
    expect(starred).toEqual([makeNote({ text: 'First.', starred: true, createdAt: NOW, updatedAt: LATER })]);
  });

  it('removes a note once it is empty and unstarred', () => {
    const notes = [makeNote({ starred: true })];
    expect(applyNoteChange(notes, target, { text: '  ' }, LATER)).toHaveLength(1);
    expect(applyNoteChange(notes, target, { text: '', starred: false }, LATER)).toEqual([]);
  });

  it('refreshes the entry name it keeps with the note', () => {
    const notes = applyNoteChange([makeNote()], { ...target, name: 'Data Security Law of the PRC' }, { starred: true }, LATER);
    expect(findNote(notes, target.id)?.entryName).toBe('Data Security Law of the PRC');
  });
});

describe('searching notes', () => {
  const notes = [
    makeNote({ entryId: 'authority:cac', entryName: 'Cyberspace Administration of China', text: 'Filing deadline 30 days; ask Zoë.' }),
    makeNote({ text: 'Classification duty, Art. 21.' }),
  ];

  it('finds notes by every word, in their text or their entry’s name, ignoring case and accents', () => {
    expect(searchNotes(notes, 'zoe').map((note) => note.entryId)).toEqual(['authority:cac']);
    expect(searchNotes(notes, 'CYBERSPACE deadline').map((note) => note.entryId)).toEqual(['authority:cac']);
    expect(searchNotes(notes, 'art. 21 security').map((note) => note.entryId)).toEqual(['document:data-security-law']);
    expect(searchNotes(notes, 'deadline 21')).toEqual([]);
    expect(searchNotes(notes, '  ')).toHaveLength(2);
  });
});

describe('combining two lists of notes', () => {
  it('keeps the later note and, below it, what the earlier one said', () => {
    const older = makeNote({ text: 'Older view.', updatedAt: NOW, starred: true });
    const newer = makeNote({ text: 'Newer view.', updatedAt: LATER, starred: false, createdAt: LATER });
    const [combined] = combineNotes([older], [newer]);
    expect(combined).toMatchObject({ starred: false, createdAt: NOW, updatedAt: LATER });
    expect(combined!.text).toBe('Newer view.\n\n— Earlier version of this note (saved 2025-03-01) —\nOlder view.');
  });

  it('does not repeat text the later note already contains, and is idempotent', () => {
    const older = makeNote({ text: 'Point one.', updatedAt: NOW });
    const newer = makeNote({ text: 'Point one. Point two.', updatedAt: LATER });
    expect(combineNotes([older], [newer])).toEqual([newer]);
    const once = combineNotes([makeNote({ text: 'A' })], [makeNote({ text: 'B', updatedAt: LATER })]);
    expect(combineNotes(once, [makeNote({ text: 'B', updatedAt: LATER })])).toEqual(once);
    expect(combineNotes(once, once)).toEqual(once);
  });

  it('keeps notes on different entries side by side', () => {
    const other = makeNote({ entryId: 'authority:cac', entryName: 'CAC', entryType: 'authority' });
    expect(combineNotes([makeNote()], [other])).toEqual([makeNote(), other]);
  });
});
