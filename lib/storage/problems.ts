/** What went wrong reading stored data, said so that a user can act on it. */
import { IMPORT_PREFIX, NOTES_KEY, SETTINGS_KEY } from './keys';

export interface StorageProblem {
  /** The storage key concerned. */
  key: string;
  /** What the user knows the data as. */
  subject: string;
  message: string;
  /** Where the unreadable value is kept, once it has been set aside. */
  setAsideKey?: string;
}

export function subjectOf(key: string, title?: string): string {
  if (key === NOTES_KEY) return 'Your notes and stars';
  if (key === SETTINGS_KEY) return 'Highlighting settings';
  if (key.startsWith(IMPORT_PREFIX)) return title ? `Imported newsletter “${title}”` : 'An imported newsletter';
  return `Stored item “${key}”`;
}

export function newerVersionMessage(version: number, current: number): string {
  return `Saved by a newer version of TMT Lens (data format ${version}; this version reads up to ${current}). It is kept unchanged; update TMT Lens to use it.`;
}
