/**
 * What went wrong reading stored data, said so that a user can act on it: as codes the page
 * words in its language (components/i18n/coded-wording.ts), with the English kept for logs.
 */
import { coded, type CodedMessage, type StoredCode } from '../i18n/coded-message';
import { IMPORT_PREFIX, NOTES_KEY, SETTINGS_KEY } from './keys';

/** What the user knows the data as. */
export type SubjectCode = 'notes' | 'settings' | 'import' | 'importUntitled' | 'other';

/**
 * Why a value cannot be used. The reasons a value is set aside are stored in its set-aside
 * record (`reasonCode`); records written before codes existed have only English text, which is
 * shown as it is (their code is `stored`, which no table words).
 */
export type ProblemCode =
  | 'settingsUnreadable'
  | 'notesUnreadable'
  | 'notesListMissing'
  | 'noteInvalid'
  | 'notesInvalid'
  | 'importUnreadable'
  | 'importWrongKey'
  | 'asideRecordUnreadable'
  | 'newer'
  | 'notesNewer'
  | 'stored';

export interface StorageProblem {
  /** The storage key concerned. */
  key: string;
  subject: CodedMessage<SubjectCode>;
  /** What is wrong; when `setAsideKey` is set, the page adds that the value is kept aside. */
  reason: CodedMessage<ProblemCode | string>;
  /** The whole problem in English (reason, and that the value is kept aside), for logs and tests. */
  message: string;
  /** Where the unreadable value is kept, once it has been set aside. */
  setAsideKey?: string;
}

export const KEPT_ASIDE = 'It is kept aside, unchanged, for you to download or delete.';

export function subjectOf(key: string, title?: string): CodedMessage<SubjectCode> {
  if (key === NOTES_KEY) return coded('notes', 'Your notes and stars');
  if (key === SETTINGS_KEY) return coded('settings', 'Highlighting settings');
  if (key.startsWith(IMPORT_PREFIX)) return title ? coded('import', `Imported newsletter “${title}”`, { title }) : coded('importUntitled', 'An imported newsletter');
  return coded('other', `Stored item “${key}”`, { key });
}

export function newerVersionProblem(version: number, current: number, code: 'newer' | 'notesNewer' = 'newer'): CodedMessage<ProblemCode> {
  const message = `Saved by a newer version of TMT Lens (data format ${version}; this version reads up to ${current}). It is kept unchanged; update TMT Lens to use it.`;
  return code === 'newer' ? coded('newer', message, { version, current }) : coded('notesNewer', `${message} Notes cannot be changed until then.`, { version, current });
}

/** A set-aside record's reason as a message: its stored code when it has one, else its English text. */
export function reasonOfRecord(record: { reason: string; reasonCode?: StoredCode }): CodedMessage {
  return record.reasonCode ? { ...record.reasonCode, message: record.reason } : coded('stored', record.reason);
}
