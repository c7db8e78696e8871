/**
 * Reads a backup file and says precisely what is wrong with it, if anything: empty, not JSON,
 * cut short, not a TMT Lens backup, from a newer version, or damaged. A readable backup goes
 * through the same migrations and validation as stored data (readStoredData), so whatever
 * a restore writes is valid at the current version; parts it cannot read are reported and,
 * on restore, set aside like unreadable stored data.
 */
import { coded, type CodedMessage, type MessageParams } from '../i18n/coded-message';
import { BACKUP_FORMAT, checksumOf } from './backup';
import { importKey, NOTES_KEY, SET_ASIDE_PREFIX, SETTINGS_KEY } from './keys';
import { isRecord, versionOf } from './migrations';
import { endsEarly } from './json-truncation';
import type { StorageProblem } from './problems';
import { readStoredData, type ReadOptions } from './read-stored-data';
import type { UserData } from './schema';
import { STORAGE_VERSION } from './versions';

export type BackupReading =
  | {
      ok: true;
      data: UserData;
      /** Parts of the backup that cannot be restored as they are; they will be set aside. */
      problems: StorageProblem[];
      exportedAt?: string;
      app?: string;
    }
  | { ok: false; error: BackupError };

/** Why a backup cannot be restored; the UI words each (components/i18n/coded-wording.ts). */
export type BackupErrorCode = 'empty' | 'truncated' | 'notJson' | 'notBackup' | 'exportedGraph' | 'noVersion' | 'newer' | 'noData' | 'checksum';
export type BackupError = CodedMessage<BackupErrorCode>;

const NOTHING_CHANGED = 'Nothing was changed.';

export function parseBackup(text: string, options: ReadOptions): BackupReading {
  if (!text.trim()) return fail('empty', 'The file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Only a file that begins as JSON can have been cut short; any other (a binary file with a
    // stray brace in it) is simply not a backup. The engine's own wording helps nobody here.
    if (/^\uFEFF?\s*[{[]/.test(text) && endsEarly(text)) {
      return fail('truncated', 'The backup is incomplete: the file ends before its data does. It may have been cut off while downloading or copying; use the original file.');
    }
    return fail('notJson', 'This file is not a TMT Lens backup: it is not valid JSON. Choose a file named tmt-lens-backup-….json.');
  }
  if (!isRecord(value)) return fail('notBackup', 'This file is not a TMT Lens backup.');
  if (value.format !== BACKUP_FORMAT) {
    if (Array.isArray(value.nodes) && Array.isArray(value.edges)) return fail('exportedGraph', 'This is an exported graph, not a backup. Choose a file named tmt-lens-backup-….json.');
    return fail('notBackup', 'This file is not a TMT Lens backup.');
  }
  const version = versionOf(value);
  if (version === undefined) return fail('noVersion', 'The backup is damaged: its format version is missing.');
  if (version > STORAGE_VERSION) {
    return fail('newer', `This backup was made by a newer version of TMT Lens (data format ${version}; this version reads up to ${STORAGE_VERSION}). Update TMT Lens, then restore it.`, {
      version,
      current: STORAGE_VERSION,
    });
  }
  if (!isRecord(value.data)) return fail('noData', 'The backup is damaged: its data is missing.');
  if (value.checksum !== checksumOf(value.data)) return fail('checksum', 'The backup is damaged: its contents do not match the checksum written when it was made.');
  const reading = readStoredData(snapshotOf(value.data, version), options);
  const exportedAt = typeof value.exportedAt === 'string' ? value.exportedAt : undefined;
  const app = typeof value.app === 'string' ? value.app : undefined;
  return { ok: true, data: reading.data, problems: reading.problems, exportedAt, app };
}

function fail(code: BackupErrorCode, reason: string, params?: MessageParams): BackupReading {
  return { ok: false, error: coded(code, `${reason} ${NOTHING_CHANGED}`, params) };
}

/** The backup's data laid out as storage, so it is read by exactly the code that reads storage. */
function snapshotOf(data: Record<string, unknown>, version: number): Record<string, unknown> {
  const snapshot: Record<string, unknown> = {};
  if (data.settings !== undefined) snapshot[SETTINGS_KEY] = data.settings;
  if (data.notes !== undefined) snapshot[NOTES_KEY] = { version, notes: data.notes };
  if (Array.isArray(data.imports)) {
    data.imports.forEach((record, position) => {
      const id = isRecord(record) && typeof record.id === 'string' ? record.id : `unreadable-${position}`;
      snapshot[importKey(id)] = record;
    });
  } else if (data.imports !== undefined) {
    snapshot[importKey('list')] = data.imports;
  }
  if (Array.isArray(data.setAside)) {
    for (const entry of data.setAside) {
      // Only set-aside keys: a backup must not smuggle values into other keys this way.
      if (isRecord(entry) && typeof entry.key === 'string' && entry.key.startsWith(SET_ASIDE_PREFIX)) snapshot[entry.key] = entry.record;
    }
  }
  return snapshot;
}
