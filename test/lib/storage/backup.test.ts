import { describe, expect, it } from 'vitest';
import { rebuildImportGraph } from '../../../lib/import/read-import';
import { backupFileName, checksumOf, createBackup } from '../../../lib/storage/backup';
import { endsEarly } from '../../../lib/storage/json-truncation';
import { parseBackup, type BackupError } from '../../../lib/storage/parse-backup';
import type { UserData } from '../../../lib/storage/schema';
import { STORAGE_VERSION } from '../../../lib/storage/versions';
import { makeImport, makeNote, NOW } from './fixtures';

const options = { now: NOW, rebuildImportGraph };
const data: UserData = {
  settings: { enabled: true, disabledSites: ['example.com'] },
  notes: [makeNote(), makeNote({ entryId: 'authority:cac', entryName: 'Cyberspace Administration of China', entryType: 'authority', text: '', starred: true })],
  imports: [makeImport()],
  setAside: [],
};

function errorOf(text: string): BackupError {
  const reading = parseBackup(text, options);
  if (reading.ok) throw new Error('expected the backup to be refused');
  return reading.error;
}

describe('backup files', () => {
  it('round-trips all user data', () => {
    const reading = parseBackup(createBackup(data, { now: NOW, app: '0.1.0' }), options);
    expect(reading).toEqual({ ok: true, data, problems: [], exportedAt: NOW, app: '0.1.0' });
  });

  it('is named after its date', () => {
    expect(backupFileName(NOW)).toBe('tmt-lens-backup-2025-03-01.json');
  });

  it('refuses an empty file, and says nothing was changed', () => {
    expect(errorOf('')).toEqual({ code: 'empty', message: 'The file is empty. Nothing was changed.' });
    expect(errorOf(' \n').code).toBe('empty');
  });

  it('recognises a backup cut short at any point', () => {
    const text = createBackup(data, { now: NOW }).trimEnd();
    for (const cut of [1, 10, Math.floor(text.length / 3), Math.floor(text.length / 2), text.length - 1]) {
      const error = errorOf(text.slice(0, cut));
      expect(error.code).toBe('truncated');
      expect(error.message).toMatch(/^The backup is incomplete: the file ends before its data does/);
    }
  });

  it('tells a damaged file from a truncated one', () => {
    expect(errorOf('{"format": "tmt-lens-backup", oops}').code).toBe('notJson');
    expect(errorOf('{"format": "tmt-lens-backup", oops}').message).toMatch(/^This file is not a TMT Lens backup: it is not valid JSON/);
  });

  it('calls a binary file what it is, in words a reader understands', () => {
    const binary = 'PK\u0003\u0004\u0000{"\u0001\u00ff[';
    expect(errorOf(binary)).toEqual({ code: 'notJson', message: 'This file is not a TMT Lens backup: it is not valid JSON. Choose a file named tmt-lens-backup-….json. Nothing was changed.' });
  });

  it('notices damage that still parses, by the checksum', () => {
    const text = createBackup(data, { now: NOW }).replace('Check Art. 21', 'Check Art. 22');
    expect(errorOf(text)).toEqual({ code: 'checksum', message: 'The backup is damaged: its contents do not match the checksum written when it was made. Nothing was changed.' });
  });

  it('refuses a backup from a newer version, saying which', () => {
    const file = JSON.parse(createBackup(data, { now: NOW })) as Record<string, unknown>;
    const text = JSON.stringify({ ...file, version: STORAGE_VERSION + 1 });
    expect(errorOf(text)).toEqual({
      code: 'newer',
      params: { version: STORAGE_VERSION + 1, current: STORAGE_VERSION },
      message: `This backup was made by a newer version of TMT Lens (data format ${STORAGE_VERSION + 1}; this version reads up to ${STORAGE_VERSION}). Update TMT Lens, then restore it. Nothing was changed.`,
    });
  });

  it('recognises files that are not backups', () => {
    expect(errorOf('[1, 2]')).toEqual({ code: 'notBackup', message: 'This file is not a TMT Lens backup. Nothing was changed.' });
    expect(errorOf('{"format": "other"}').code).toBe('notBackup');
    expect(errorOf('{"version": 1, "nodes": [], "edges": []}').code).toBe('exportedGraph');
    expect(errorOf('{"version": 1, "nodes": [], "edges": []}').message).toMatch(/^This is an exported graph, not a backup/);
    expect(errorOf('{"format": "tmt-lens-backup", "data": {}}').code).toBe('noVersion');
    expect(errorOf('{"format": "tmt-lens-backup", "data": {}}').message).toMatch(/format version is missing/);
    expect(errorOf(`{"format": "tmt-lens-backup", "version": ${STORAGE_VERSION}}`)).toEqual({ code: 'noData', message: 'The backup is damaged: its data is missing. Nothing was changed.' });
  });

  it('reports the parts it cannot read, and restores the rest', () => {
    const broken = { ...data, notes: [makeNote(), { entryId: 42 }] };
    const text = JSON.stringify({ format: 'tmt-lens-backup', version: STORAGE_VERSION, exportedAt: NOW, checksum: checksumOf(broken), data: broken });
    const reading = parseBackup(text, options);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.data.notes).toEqual([makeNote()]);
    expect(reading.data.setAside.map((entry) => entry.record.value)).toEqual([[{ entryId: 42 }]]);
    expect(reading.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/^1 note could not be read/)]);
  });

  it('cannot be used to write other keys through its set-aside list', () => {
    const smuggled = { ...data, setAside: [{ key: 'highlightSettings', record: { enabled: false, disabledSites: [] } }] };
    const text = JSON.stringify({ format: 'tmt-lens-backup', version: STORAGE_VERSION, checksum: checksumOf(smuggled), data: smuggled });
    const reading = parseBackup(text, options);
    expect(reading.ok && reading.data.settings).toEqual(data.settings);
    expect(reading.ok && reading.data.setAside).toEqual([]);
  });
});

describe('telling a truncated JSON text', () => {
  it.each([
    ['{"a": [1, 2', true],
    ['{"a": "unterminated', true],
    ['{"a": "with \\" escaped quote', true],
    ['{"a": 1}', false],
    ['{"a": 1}}', false],
    ['not json', false],
  ])('%s → %s', (text, expected) => {
    expect(endsEarly(text)).toBe(expected);
  });
});
