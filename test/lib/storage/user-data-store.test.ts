/** lib/ext/user-data-store.ts against WXT's fake browser: what each write leaves in storage. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addImport,
  clearUserData,
  discardSetAside,
  getNote,
  getNotes,
  readUserData,
  removeImport,
  repairStoredData,
  restoreUserData,
  saveNote,
  watchUserDataChanges,
} from '../../../lib/ext/user-data-store';
import { STORAGE_VERSION } from '../../../lib/storage/versions';
import { makeImport, makeNote } from './fixtures';

const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const target = { id: 'document:data-security-law', name: 'Data Security Law', type: 'document' as const };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('notes and stars', () => {
  it('saves, updates and removes a note', async () => {
    expect(await saveNote(target, { text: 'Art. 21.' })).toEqual({ ok: true });
    expect(await saveNote(target, { starred: true })).toEqual({ ok: true });
    expect(await getNote(target.id)).toMatchObject({ text: 'Art. 21.', starred: true, entryName: 'Data Security Law' });
    await saveNote(target, { text: '', starred: false });
    expect(await getNotes()).toEqual([]);
    expect((await local()).notes).toEqual({ version: STORAGE_VERSION, notes: [] });
  });

  it('keeps both of two changes made at once', async () => {
    const results = await Promise.all([saveNote(target, { text: 'Typed.' }), saveNote(target, { starred: true })]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(await getNote(target.id)).toMatchObject({ text: 'Typed.', starred: true });
  });

  it('sets unreadable notes aside before writing over them', async () => {
    await fakeBrowser.storage.local.set({ notes: { version: STORAGE_VERSION, notes: [makeNote({ entryId: 'authority:cac' }), { broken: true }] } });
    await saveNote(target, { starred: true });
    const stored = await local();
    expect((stored.notes as { notes: unknown[] }).notes).toHaveLength(2);
    const asides = Object.entries(stored).filter(([key]) => key.startsWith('setAside:notes:'));
    expect(asides.map(([, value]) => (value as { value: unknown }).value)).toEqual([[{ broken: true }]]);
  });

  it('refuses to change notes written by a newer version, and leaves them as they are', async () => {
    const future = { version: STORAGE_VERSION + 1, notes: ['whatever the future holds'] };
    await fakeBrowser.storage.local.set({ notes: future });
    const result = await saveNote(target, { text: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'notesNewer', message: expect.stringMatching(/newer version of TMT Lens/) } });
    expect((await local()).notes).toEqual(future);
  });
});

describe('imports', () => {
  it('adds an import in one key, refuses the same newsletter twice, and removes it', async () => {
    const record = makeImport();
    expect(await addImport(record)).toEqual({ ok: true });
    expect(Object.keys(await local())).toEqual([`import:${record.id}`]);
    expect(await addImport({ ...record, importedAt: '2025-04-01T00:00:00.000Z' })).toEqual({
      ok: false,
      error: { code: 'alreadyImported', params: { date: '2025-03-01' }, message: 'This newsletter was already imported on 2025-03-01.' },
    });
    expect((await readUserData()).data.imports.map((entry) => entry.id)).toEqual([record.id]);
    expect(await removeImport(record.id)).toEqual({ ok: true });
    expect(await local()).toEqual({});
  });

  it('refuses an invalid import without storing anything', async () => {
    const result = await addImport({ ...makeImport(), graph: { version: 1, nodes: [], edges: [{ nope: 1 }] } } as never);
    expect(result).toEqual({ ok: false, error: { code: 'importInvalid', params: { detail: expect.any(String) }, message: expect.stringMatching(/^The import is not valid/) } });
    expect(await local()).toEqual({});
  });

  it('reports a failed write and leaves the stored data intact', async () => {
    await saveNote(target, { text: 'Keep me.' });
    const before = await local();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await addImport(makeImport());
    expect(result).toEqual({ ok: false, error: { code: 'storageFull', message: expect.stringMatching(/^The browser’s storage for TMT Lens is full\. .*Nothing was changed\.$/) } });
    expect(await local()).toEqual(before);
    set.mockRestore();
  });

  it('reports any other failed write with the browser’s reason as its detail', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error: disk'));
    expect(await addImport(makeImport())).toEqual({ ok: false, error: { code: 'saveFailed', params: { detail: 'IO error: disk' }, message: 'TMT Lens could not save this (IO error: disk). Nothing was changed.' } });
    set.mockRestore();
  });

  it('refuses to restore notes over notes written by a newer version', async () => {
    await fakeBrowser.storage.local.set({ notes: { version: STORAGE_VERSION + 1, notes: [] } });
    const result = await restoreUserData({ notes: [makeNote()], imports: [], setAside: [] });
    expect(result).toEqual({ ok: false, error: { code: 'restoreNotesNewer', message: expect.stringMatching(/newer version of TMT Lens/) } });
  });
});

describe('repair, restore and delete', () => {
  it('sets unreadable data aside once, leaves other keys alone, and reports it until discarded', async () => {
    await fakeBrowser.storage.local.set({ highlightSettings: 'on please', sidePanelTarget: { id: 'x' } });
    const first = await repairStoredData();
    expect(first.problems).toHaveLength(1);
    const afterFirst = await local();
    expect(afterFirst.highlightSettings).toBeUndefined();
    expect(afterFirst.sidePanelTarget).toEqual({ id: 'x' });
    const [asideKey] = Object.keys(afterFirst).filter((key) => key.startsWith('setAside:'));
    expect(afterFirst[asideKey!]).toMatchObject({ from: 'highlightSettings', value: 'on please' });
    await repairStoredData();
    expect(await local()).toEqual(afterFirst);
    expect(await discardSetAside(asideKey!)).toEqual({ ok: true });
    expect((await readUserData()).problems).toEqual([]);
    expect(await discardSetAside('notes')).toEqual({ ok: false, error: { code: 'notSetAside', message: 'Only set-aside data can be discarded here.' } });
  });

  it('restores a backup into an emptied store exactly, and merges into a full one', async () => {
    await fakeBrowser.storage.local.set({ highlightSettings: { enabled: false, disabledSites: ['a.com'] }, sidePanelTarget: 1 });
    await addImport(makeImport());
    await saveNote(target, { text: 'Art. 21.', starred: true });
    const saved = await local();
    const backup = (await readUserData()).data;

    expect(await clearUserData()).toEqual({ ok: true });
    expect(await local()).toEqual({ sidePanelTarget: 1 });
    expect(await restoreUserData(backup)).toEqual({ ok: true });
    expect(await local()).toEqual(saved);

    expect(await restoreUserData(backup)).toEqual({ ok: true });
    expect(await local()).toEqual(saved);
  });

  it('says what changed', async () => {
    const changes: unknown[] = [];
    const stop = watchUserDataChanges((change) => changes.push(change));
    await saveNote(target, { starred: true });
    await addImport(makeImport());
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await saveNote(target, { starred: false });
    expect(changes).toEqual([
      { imports: false, notes: true, settings: false, setAside: false },
      { imports: true, notes: false, settings: false, setAside: false },
    ]);
  });
});
