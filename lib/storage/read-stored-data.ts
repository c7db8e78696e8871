/**
 * Reads a snapshot of extension storage into the user's data, at the current version, and says
 * what it could not read. Pure: it returns the writes that would make storage current and
 * valid (the repair plan) and lib/ext/user-data-store.ts applies them.
 *
 * The rules: nothing is dropped. A value that cannot be read is set aside verbatim under its
 * own key before the original is removed, and reported; a value written by a newer version is
 * left exactly where it is, reported, and locked against writes; keys that are not TMT Lens's
 * are never touched; nothing is written where nothing is stored.
 */
import type { Graph } from '../graph/schema';
import { hashString } from './hash';
import { IMPORT_PREFIX, NOTES_KEY, SET_ASIDE_PREFIX, SETTINGS_KEY, kindOfKey } from './keys';
import { isRecord, migrateValue } from './migrations';
import { combineNotes } from './notes';
import { coded, type CodedMessage } from '../i18n/coded-message';
import { KEPT_ASIDE, newerVersionProblem, reasonOfRecord, subjectOf, type ProblemCode, type StorageProblem, type SubjectCode } from './problems';
import { highlightSettingsSchema, importRecordSchema, noteSchema, setAsideRecordSchema, type Note, type SetAsideRecord, type UserData } from './schema';
import { STORAGE_VERSION } from './versions';

/** Storage as `browser.storage.local.get()` returns it: key → value. */
export type StorageSnapshot = Readonly<Record<string, unknown>>;

export interface RepairPlan {
  /** Unreadable values, to be written first, so nothing is removed before it is safe. */
  setAside: Record<string, SetAsideRecord>;
  /** Values rewritten at the current version (migrated, or with unreadable parts set aside). */
  write: Record<string, unknown>;
  /** Originals that were set aside. */
  remove: string[];
}

export interface StoredDataReading {
  data: UserData;
  problems: StorageProblem[];
  /** Kinds a newer version wrote: this version must not write them. */
  locked: { notes: boolean };
  repair: RepairPlan;
}

export interface ReadOptions {
  /** ISO time stamped on set-aside records. */
  now: string;
  /**
   * Reads an import's text again when its stored graph no longer validates (the graph is
   * derived data; the text is what was imported). Returns undefined when it cannot.
   */
  rebuildImportGraph?: (record: { id: string; text: string }) => Graph | undefined;
}

export function isRepairNeeded(plan: RepairPlan): boolean {
  return Object.keys(plan.setAside).length > 0 || Object.keys(plan.write).length > 0 || plan.remove.length > 0;
}

export function readStoredData(snapshot: StorageSnapshot, options: ReadOptions): StoredDataReading {
  const reading: StoredDataReading = {
    data: { notes: [], imports: [], setAside: [] },
    problems: [],
    locked: { notes: false },
    repair: { setAside: {}, write: {}, remove: [] },
  };
  // Values already set aside first, so that an interrupted repair is finished, not repeated.
  const keys = Object.keys(snapshot).sort((a, b) => Number(kindOfKey(b) === 'setAside') - Number(kindOfKey(a) === 'setAside') || a.localeCompare(b));
  for (const key of keys) {
    const value = snapshot[key];
    if (value === undefined || value === null) continue;
    switch (kindOfKey(key)) {
      case 'settings':
        readSettings(reading, key, value, options);
        break;
      case 'notes':
        readNotes(reading, key, value, options);
        break;
      case 'import':
        readImport(reading, key, value, options);
        break;
      case 'setAside':
        readSetAside(reading, key, value);
        break;
      case undefined:
        break;
    }
  }
  reading.data.imports.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
  return reading;
}

/** The key a set-aside value gets: derived from its content, so repeating a repair repeats the key. */
export function setAsideKeyFor(from: string, value: unknown): string {
  return `${SET_ASIDE_PREFIX}${from}:${hashString(stableJson(value))}`;
}

type Reason = CodedMessage<ProblemCode>;

function setAside(reading: StoredDataReading, from: string, value: unknown, reason: Reason, now: string, subject = subjectOf(from)): void {
  const key = setAsideKeyFor(from, value);
  // Already kept aside by an earlier, interrupted repair: readSetAside reports that copy.
  if (reading.data.setAside.some((entry) => entry.key === key)) return;
  const reasonCode = reason.params === undefined ? { code: reason.code } : { code: reason.code, params: { ...reason.params } };
  const record: SetAsideRecord = { version: STORAGE_VERSION, from, reason: reason.message, reasonCode, at: now, value };
  reading.repair.setAside[key] = record;
  reading.data.setAside.push({ key, record });
  reading.problems.push({ key: from, subject, reason, message: `${reason.message} ${KEPT_ASIDE}`, setAsideKey: key });
}

function moveAside(reading: StoredDataReading, key: string, value: unknown, reason: Reason, now: string, subject?: CodedMessage<SubjectCode>): void {
  setAside(reading, key, value, reason, now, subject);
  reading.repair.remove.push(key);
}

function readSettings(reading: StoredDataReading, key: string, value: unknown, { now }: ReadOptions): void {
  const parsed = highlightSettingsSchema.safeParse(value);
  if (parsed.success) reading.data.settings = parsed.data;
  // Moving the unreadable value aside leaves the defaults in force, as settings-store reads them.
  else moveAside(reading, key, value, coded('settingsUnreadable', 'The highlighting settings could not be read.'), now);
}

function readNotes(reading: StoredDataReading, key: string, raw: unknown, { now }: ReadOptions): void {
  const migrated = migrateValue('notes', raw);
  if (migrated.status === 'newer') {
    reading.locked.notes = true;
    const reason = newerVersionProblem(migrated.version, STORAGE_VERSION, 'notesNewer');
    reading.problems.push({ key, subject: subjectOf(key), reason, message: reason.message });
    return;
  }
  if (migrated.status === 'unreadable' || !Array.isArray(migrated.value.notes)) {
    const reason =
      migrated.status === 'unreadable'
        ? coded('notesUnreadable', `Your notes could not be read: ${migrated.reason}.`, { detail: migrated.reason })
        : coded('notesListMissing', 'Your notes could not be read: its list of notes is missing.');
    moveAside(reading, key, raw, reason, now);
    return;
  }
  const valid: Note[] = [];
  const invalid: unknown[] = [];
  for (const item of migrated.value.notes) {
    const note = noteSchema.safeParse(item);
    if (note.success) valid.push(note.data);
    else invalid.push(item);
  }
  const notes = combineNotes([], valid);
  reading.data.notes = notes;
  if (invalid.length > 0) {
    const reason = invalid.length === 1 ? coded('noteInvalid', '1 note could not be read.') : coded('notesInvalid', `${invalid.length} notes could not be read.`, { count: invalid.length });
    setAside(reading, key, invalid, reason, now);
  }
  const extraFields = Object.keys(migrated.value).some((field) => field !== 'version' && field !== 'notes');
  if (migrated.migrated || invalid.length > 0 || notes.length !== valid.length || extraFields) {
    reading.repair.write[key] = { version: STORAGE_VERSION, notes };
  }
}

function readImport(reading: StoredDataReading, key: string, raw: unknown, options: ReadOptions): void {
  const title = isRecord(raw) && typeof raw.title === 'string' ? raw.title : undefined;
  const subject = subjectOf(key, title);
  const migrated = migrateValue('import', raw);
  if (migrated.status === 'newer') {
    const reason = newerVersionProblem(migrated.version, STORAGE_VERSION);
    reading.problems.push({ key, subject, reason, message: reason.message });
    return;
  }
  if (migrated.status === 'unreadable') {
    moveAside(reading, key, raw, importUnreadable(migrated.reason), options.now, subject);
    return;
  }
  let parsed = importRecordSchema.safeParse(migrated.value);
  let rebuilt = false;
  if (!parsed.success && options.rebuildImportGraph && canRebuild(migrated.value)) {
    // The graph is derived from the text: read the text again rather than lose the import.
    const graph = options.rebuildImportGraph({ id: migrated.value.id, text: migrated.value.text });
    if (graph) {
      parsed = importRecordSchema.safeParse({ ...migrated.value, graph });
      rebuilt = parsed.success;
    }
  }
  if (!parsed.success || key !== `${IMPORT_PREFIX}${parsed.data.id}`) {
    const reason = parsed.success
      ? coded('importWrongKey', 'This import could not be read: it is stored under another import’s key.')
      : importUnreadable(firstIssue(parsed.error.issues));
    moveAside(reading, key, raw, reason, options.now, subject);
    return;
  }
  reading.data.imports.push(parsed.data);
  if (migrated.migrated || rebuilt) reading.repair.write[key] = parsed.data;
}

function importUnreadable(detail: string): Reason {
  return coded('importUnreadable', `This import could not be read: ${detail}.`, { detail });
}

function canRebuild(value: Record<string, unknown>): value is Record<string, unknown> & { id: string; text: string } {
  return typeof value.id === 'string' && typeof value.text === 'string' && value.text.length > 0;
}

function readSetAside(reading: StoredDataReading, key: string, value: unknown): void {
  const migrated = migrateValue('setAside', value);
  const parsed = migrated.status === 'current' ? setAsideRecordSchema.safeParse(migrated.value) : undefined;
  // Set-aside data is never rewritten: even a damaged record stays as it is, for the user to judge.
  const record: SetAsideRecord = parsed?.success
    ? parsed.data
    : {
        version: STORAGE_VERSION,
        from: key.slice(SET_ASIDE_PREFIX.length),
        reason: 'Data kept aside; its own record is unreadable.',
        reasonCode: { code: 'asideRecordUnreadable' },
        at: '1970-01-01T00:00:00.000Z',
        value,
      };
  reading.data.setAside.push({ key, record });
  reading.problems.push({ key: record.from, subject: subjectOf(record.from), reason: reasonOfRecord(record), message: `${record.reason} ${KEPT_ASIDE}`, setAsideKey: key });
}

function firstIssue(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  const issue = issues[0];
  if (!issue) return 'it does not match the expected format';
  const where = issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  return `${issue.message}${where}`;
}

/** JSON with sorted keys, so equal values hash equally whatever order their keys were written in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner) ? Object.fromEntries(Object.keys(inner).sort().map((name) => [name, inner[name]])) : inner,
  ) ?? 'undefined';
}

export { NOTES_KEY, SETTINGS_KEY };
