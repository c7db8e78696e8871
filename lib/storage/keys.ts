/**
 * The keys TMT Lens uses in `browser.storage.local` (WXT names them `local:<key>`). Keys not
 * listed here belong to someone else and are never read, migrated or removed by lib/storage.
 */
export const SETTINGS_KEY = 'highlightSettings';
export const NOTES_KEY = 'notes';
/** One key per imported newsletter, so adding or removing one is a single atomic write. */
export const IMPORT_PREFIX = 'import:';
/** Stored values that failed validation, kept verbatim for the user to download or delete. */
export const SET_ASIDE_PREFIX = 'setAside:';

export type StoredKind = 'settings' | 'notes' | 'import' | 'setAside';

export function importKey(id: string): string {
  return `${IMPORT_PREFIX}${id}`;
}

export function kindOfKey(key: string): StoredKind | undefined {
  // WXT keeps metadata under `<key>$`; it is WXT's, not data.
  if (key.endsWith('$')) return undefined;
  if (key === SETTINGS_KEY) return 'settings';
  if (key === NOTES_KEY) return 'notes';
  if (key.startsWith(IMPORT_PREFIX)) return 'import';
  if (key.startsWith(SET_ASIDE_PREFIX)) return 'setAside';
  return undefined;
}

/** Is this key part of the user's data (everything a backup holds and "delete all" removes)? */
export function isUserDataKey(key: string): boolean {
  return kindOfKey(key) !== undefined;
}
