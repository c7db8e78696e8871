/**
 * The backup file: all user data (imports, notes, settings, and anything set aside) in one JSON
 * document with its format version and a checksum of its contents, so that a damaged or
 * truncated file is recognised before anything is restored from it.
 */
import { hashString } from './hash';
import { stableJson } from './read-stored-data';
import type { UserData } from './schema';
import { STORAGE_VERSION } from './versions';

export const BACKUP_FORMAT = 'tmt-lens-backup';

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  /** The storage version the data is in (see versions.ts). */
  version: number;
  exportedAt: string;
  /** The TMT Lens version that made it, for the user's information. */
  app?: string;
  /** hashString(stableJson(data)). */
  checksum: string;
  data: UserData;
}

export function checksumOf(data: unknown): string {
  return hashString(stableJson(data));
}

export function createBackup(data: UserData, { now, app }: { now: string; app?: string }): string {
  const file: BackupFile = { format: BACKUP_FORMAT, version: STORAGE_VERSION, exportedAt: now, app, checksum: checksumOf(data), data };
  return `${JSON.stringify(file)}\n`;
}

/** `tmt-lens-backup-2024-07-31.json` */
export function backupFileName(now: string): string {
  return `tmt-lens-backup-${now.slice(0, 10)}.json`;
}
