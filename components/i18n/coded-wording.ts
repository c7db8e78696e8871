/**
 * Messages lib/ returns as codes (lib/i18n/coded-message.ts), worded in the UI's language. Each
 * table maps every code of one kind to its message key, so the type checker finds a code
 * without wording; test/lib/i18n/coded-wording.test.ts checks each in both languages. A code no
 * table knows (a record written by another version, or a parser warning passed on as text) is
 * shown as the English sentence that came with it rather than as a code.
 */
import type { WriteErrorCode } from '../../lib/ext/user-data-store';
import type { CodedMessage } from '../../lib/i18n/coded-message';
import type { MessageKey, Translate } from '../../lib/i18n/translate';
import type { FileErrorCode } from '../../lib/import/decode-file';
import type { ImportErrorCode, ImportWarning } from '../../lib/import/read-import';
import type { BackupErrorCode } from '../../lib/storage/parse-backup';
import type { ProblemCode, StorageProblem, SubjectCode } from '../../lib/storage/problems';

type KeysFor<Code extends string> = Readonly<Record<Code, MessageKey>>;

export const IMPORT_ERROR_KEYS: KeysFor<ImportErrorCode | FileErrorCode> = {
  fileType: 'importError.fileType',
  fileEmpty: 'importError.fileEmpty',
  fileTooLarge: 'importError.fileTooLarge',
  fileBinary: 'importError.fileBinary',
  tooLarge: 'importError.tooLarge',
  empty: 'importError.empty',
  binary: 'importError.binary',
  tooLittleText: 'importError.tooLittleText',
  nothingFound: 'importError.nothingFound',
  parseFailed: 'importError.parseFailed',
  invalidResult: 'importError.invalidResult',
  internal: 'importError.internal',
};

export const PARSE_WARNING_KEYS: KeysFor<Exclude<ImportWarning['code'], 'other'>> = {
  htmlExtracted: 'parseWarning.htmlExtracted',
};

export const BACKUP_ERROR_KEYS: KeysFor<BackupErrorCode> = {
  empty: 'backupError.empty',
  truncated: 'backupError.truncated',
  notJson: 'backupError.notJson',
  notBackup: 'backupError.notBackup',
  exportedGraph: 'backupError.exportedGraph',
  noVersion: 'backupError.noVersion',
  newer: 'backupError.newer',
  noData: 'backupError.noData',
  checksum: 'backupError.checksum',
};

export const WRITE_ERROR_KEYS: KeysFor<WriteErrorCode> = {
  notesNewer: 'storageError.notesNewer',
  importInvalid: 'storageError.importInvalid',
  alreadyImported: 'storageError.alreadyImported',
  alreadyImportedUndated: 'storageError.alreadyImportedUndated',
  restoreNotesNewer: 'storageError.restoreNotesNewer',
  notSetAside: 'storageError.notSetAside',
  storageFull: 'storageError.storageFull',
  saveFailed: 'storageError.saveFailed',
};

export const STORAGE_SUBJECT_KEYS: KeysFor<SubjectCode> = {
  notes: 'storageSubject.notes',
  settings: 'storageSubject.settings',
  import: 'storageSubject.import',
  importUntitled: 'storageSubject.importUntitled',
  other: 'storageSubject.other',
};

/** `stored` is a set-aside record's English reason from before codes: it is shown as it is. */
export const STORAGE_PROBLEM_KEYS: KeysFor<Exclude<ProblemCode, 'stored'>> = {
  settingsUnreadable: 'storageProblem.settingsUnreadable',
  notesUnreadable: 'storageProblem.notesUnreadable',
  notesListMissing: 'storageProblem.notesListMissing',
  noteInvalid: 'storageProblem.noteInvalid',
  notesInvalid: 'storageProblem.notesInvalid',
  importUnreadable: 'storageProblem.importUnreadable',
  importWrongKey: 'storageProblem.importWrongKey',
  asideRecordUnreadable: 'storageProblem.asideRecordUnreadable',
  newer: 'storageProblem.newer',
  notesNewer: 'storageProblem.notesNewer',
};

/** A stored-data problem's subject and what is wrong with it, in the UI's language. */
export function wordStorageProblem(t: Translate, problem: StorageProblem): { subject: string; text: string } {
  const reason = wordCoded(t, STORAGE_PROBLEM_KEYS, problem.reason);
  return {
    subject: wordCoded(t, STORAGE_SUBJECT_KEYS, problem.subject),
    text: problem.setAsideKey === undefined ? reason : t('storageProblem.keptAside', { reason }),
  };
}

/** `message` in the UI's language through `keys`, or its English sentence when its code has no key. */
export function wordCoded<Code extends string>(t: Translate, keys: Partial<Readonly<Record<string, MessageKey>>>, message: CodedMessage<Code>): string {
  const key = Object.hasOwn(keys, message.code) ? keys[message.code] : undefined;
  if (key === undefined) return message.message;
  // The key comes from a table typed against the message files; its substitutions are named.
  return (t as unknown as (key: string, named: Readonly<Record<string, string | number>>) => string)(key, message.params ?? {});
}
