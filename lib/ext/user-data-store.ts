/**
 * The only code that reads and writes the user's data (imports, notes and stars, set-aside
 * values; settings when restoring) in extension storage. Everything read is validated and
 * migrated by lib/storage/read-stored-data.ts; what cannot be read is set aside under its own
 * key and reported, never overwritten or dropped; nothing is written where nothing is stored.
 * Writes report failure as data (`{ ok: false, error }`): a code the page words for the user, and
 * each change is a single storage call, so a failed write leaves the stored data as it was.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { coded, type CodedMessage } from '../i18n/coded-message';
import { rebuildImportGraph } from '../import/read-import';
import { importKey, kindOfKey, NOTES_KEY, SETTINGS_KEY, isUserDataKey } from '../storage/keys';
import { mergeUserData } from '../storage/merge-user-data';
import { applyNoteChange, findNote, type NoteChange, type NoteTarget } from '../storage/notes';
import { isRepairNeeded, readStoredData, type RepairPlan, type StorageSnapshot, type StoredDataReading } from '../storage/read-stored-data';
import { importRecordSchema, type ImportRecord, type Note, type UserData } from '../storage/schema';
import { STORAGE_VERSION } from '../storage/versions';

export type UserDataState = Omit<StoredDataReading, 'repair'>;
/** Why a write failed; the page words each code (components/i18n/coded-wording.ts). */
export type WriteErrorCode = 'notesNewer' | 'importInvalid' | 'alreadyImported' | 'alreadyImportedUndated' | 'restoreNotesNewer' | 'notSetAside' | 'storageFull' | 'saveFailed';
export type WriteError = CodedMessage<WriteErrorCode>;
export type WriteResult = { ok: true } | { ok: false; error: WriteError };

type LocalKey = `local:${string}`;
const local = (key: string): LocalKey => `local:${key}`;
const now = () => new Date().toISOString();

function read(snapshot: StorageSnapshot): StoredDataReading {
  return readStoredData(snapshot, { now: now(), rebuildImportGraph });
}

/** Everything stored, read and migrated in memory; writes nothing. */
export async function readUserData(): Promise<UserDataState> {
  return withoutRepair(read(await storage.snapshot('local')));
}

function withoutRepair({ data, problems, locked }: StoredDataReading): UserDataState {
  return { data, problems, locked };
}

/**
 * Brings storage to the current version: sets unreadable values aside, then writes migrated
 * values and removes the originals that were set aside. Safe to run from any context, any
 * number of times (each step is idempotent). Run by the options page on open, and by the
 * background when the extension is installed or updated.
 */
export async function repairStoredData(): Promise<UserDataState> {
  const reading = read(await storage.snapshot('local'));
  if (isRepairNeeded(reading.repair)) await applyRepairPlan(reading.repair);
  return withoutRepair(reading);
}

async function applyRepairPlan(plan: RepairPlan): Promise<void> {
  // Set-aside copies first: only once they are safely stored may an original change.
  const asides = Object.entries(plan.setAside).map(([key, value]) => ({ key: local(key), value }));
  if (asides.length > 0) await storage.setItems(asides);
  const writes = Object.entries(plan.write).map(([key, value]) => ({ key: local(key), value }));
  if (writes.length > 0) await storage.setItems(writes);
  const removals = plan.remove.filter((key) => !(key in plan.write)).map(local);
  if (removals.length > 0) await storage.removeItems(removals);
}

// Notes and stars ---------------------------------------------------------------------------

async function readNotes(): Promise<StoredDataReading> {
  return read({ [NOTES_KEY]: await storage.getItem(local(NOTES_KEY)) });
}

/** Every note and star (for the side panel's note search and the options page). */
export async function getNotes(): Promise<Note[]> {
  return (await readNotes()).data.notes;
}

/** The notes, and whether a newer version wrote them (then they are read-only here). */
export async function getNotesState(): Promise<{ notes: Note[]; locked: boolean }> {
  const reading = await readNotes();
  return { notes: reading.data.notes, locked: reading.locked.notes };
}

export async function getNote(entryId: string): Promise<Note | undefined> {
  return findNote(await getNotes(), entryId);
}

/** Changes the note and/or star on one entry; an empty, unstarred note is removed. */
export async function saveNote(target: NoteTarget, change: NoteChange): Promise<WriteResult> {
  return attempt(async () => {
    const reading = await readNotes();
    if (reading.locked.notes) throw new UserFacingError(coded('notesNewer', 'Your notes were saved by a newer version of TMT Lens; update TMT Lens to change them.'));
    const notes = applyNoteChange(reading.data.notes, target, change, now());
    // Unreadable notes are set aside before the list is rewritten without them.
    await applyRepairPlan({ ...reading.repair, write: {}, remove: [] });
    await storage.setItem(local(NOTES_KEY), { version: STORAGE_VERSION, notes });
  });
}

// Imports -----------------------------------------------------------------------------------

/** Stores one import, in one write. Refuses an import whose text is already imported. */
export async function addImport(record: ImportRecord): Promise<WriteResult> {
  return attempt(async () => {
    const parsed = importRecordSchema.safeParse(record);
    if (!parsed.success) {
      const detail = parsed.error.issues[0]?.message ?? 'unknown problem';
      throw new UserFacingError(coded('importInvalid', `The import is not valid (${detail}). Nothing was imported.`, { detail }));
    }
    const valid = parsed.data;
    const existing: unknown = await storage.getItem(local(importKey(valid.id)));
    if (existing !== null && existing !== undefined) {
      const importedAt = (existing as { importedAt?: unknown }).importedAt;
      if (typeof importedAt !== 'string') throw new UserFacingError(coded('alreadyImportedUndated', 'This newsletter was already imported.'));
      const date = importedAt.slice(0, 10);
      throw new UserFacingError(coded('alreadyImported', `This newsletter was already imported on ${date}.`, { date }));
    }
    await storage.setItem(local(importKey(valid.id)), valid);
  });
}

export async function removeImport(id: string): Promise<WriteResult> {
  return attempt(() => storage.removeItem(local(importKey(id))));
}

// Backup, restore, delete -------------------------------------------------------------------

/** Restores a backup by merging it into what is stored (lib/storage/merge-user-data.ts). */
export async function restoreUserData(restored: UserData): Promise<WriteResult> {
  return attempt(async () => {
    const reading = read(await storage.snapshot('local'));
    if (reading.locked.notes && restored.notes.length > 0) {
      throw new UserFacingError(coded('restoreNotesNewer', 'Your stored notes were saved by a newer version of TMT Lens; update TMT Lens before restoring notes.'));
    }
    await applyRepairPlan(reading.repair);
    const merged = mergeUserData(reading.data, restored);
    const writes: Array<{ key: LocalKey; value: unknown }> = [];
    if (merged.settings) writes.push({ key: local(SETTINGS_KEY), value: merged.settings });
    if (merged.notes.length > 0) writes.push({ key: local(NOTES_KEY), value: { version: STORAGE_VERSION, notes: merged.notes } });
    const storedImports = new Set(reading.data.imports.map((record) => record.id));
    for (const record of merged.imports) if (!storedImports.has(record.id)) writes.push({ key: local(importKey(record.id)), value: record });
    const storedAsides = new Set(reading.data.setAside.map((entry) => entry.key));
    for (const { key, record } of merged.setAside) if (!storedAsides.has(key)) writes.push({ key: local(key), value: record });
    // One call: the browser applies it whole or not at all.
    if (writes.length > 0) await storage.setItems(writes);
  });
}

/** Removes all user data (imports, notes, settings, set-aside values); other keys are left alone. */
export async function clearUserData(): Promise<WriteResult> {
  return attempt(async () => {
    const keys = Object.keys(await storage.snapshot('local')).filter(isUserDataKey).map(local);
    if (keys.length > 0) await storage.removeItems(keys);
  });
}

/** Deletes one set-aside value, once the user has decided it is not needed. */
export async function discardSetAside(key: string): Promise<WriteResult> {
  return attempt(async () => {
    if (kindOfKey(key) !== 'setAside') throw new UserFacingError(coded('notSetAside', 'Only set-aside data can be discarded here.'));
    await storage.removeItem(local(key));
  });
}

/** Bytes TMT Lens uses in local storage, where the browser says. */
export async function getStorageUse(): Promise<number | undefined> {
  const area = browser.storage.local as { getBytesInUse?: (keys: null) => Promise<number> };
  try {
    return area.getBytesInUse ? await area.getBytesInUse(null) : undefined;
  } catch {
    return undefined;
  }
}

// Watching ----------------------------------------------------------------------------------

export interface UserDataChange {
  imports: boolean;
  notes: boolean;
  settings: boolean;
  setAside: boolean;
}

/** Calls back after any change to the user's data, from any context, saying what changed. */
export function watchUserDataChanges(onChange: (change: UserDataChange) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    const kinds = new Set(Object.keys(changes).map(kindOfKey));
    const change = { imports: kinds.has('import'), notes: kinds.has('notes'), settings: kinds.has('settings'), setAside: kinds.has('setAside') };
    if (change.imports || change.notes || change.settings || change.setAside) onChange(change);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Reads the notes now and again whenever any context changes them; returns the unsubscribe.
 * One subscription per view: the note editor and the side panel's search both follow notes.
 */
export function followNotes(onNotes: (state: { notes: Note[]; locked: boolean }) => void, onError: (error: unknown) => void): () => void {
  let stopped = false;
  const load = () =>
    getNotesState().then(
      (state) => !stopped && onNotes(state),
      (error: unknown) => !stopped && onError(error),
    );
  void load();
  const stopWatching = watchUserDataChanges((change) => {
    if (change.notes) void load();
  });
  return () => {
    stopped = true;
    stopWatching();
  };
}

// Errors ------------------------------------------------------------------------------------

/** An error already said for the user, as a code. */
class UserFacingError extends Error {
  constructor(readonly said: WriteError) {
    super(said.message);
  }
}

/**
 * Writes from one context run one after another: each reads, changes and writes, and two at
 * once (typing a note, then starring it) would otherwise each write over the other's change.
 */
let writeQueue: Promise<unknown> = Promise.resolve();

function attempt(write: () => Promise<unknown>): Promise<WriteResult> {
  const run = async (): Promise<WriteResult> => {
    try {
      await write();
      return { ok: true };
    } catch (error) {
      return { ok: false, error: describeWriteError(error) };
    }
  };
  const result = writeQueue.then(run, run);
  writeQueue = result;
  return result;
}

export function describeWriteError(error: unknown): WriteError {
  if (error instanceof UserFacingError) return error.said;
  const detail = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(detail)) {
    return coded('storageFull', 'The browser’s storage for TMT Lens is full. Remove an import you no longer need, or download a backup and delete old data. Nothing was changed.');
  }
  return coded('saveFailed', `TMT Lens could not save this (${detail}). Nothing was changed.`, { detail });
}
