import { describe, expect, it } from 'vitest';
import { rebuildImportGraph } from '../../../lib/import/read-import';
import { applyRepair } from '../../../lib/storage/apply-repair';
import { isRepairNeeded, readStoredData, setAsideKeyFor, type StorageSnapshot } from '../../../lib/storage/read-stored-data';
import { STORAGE_VERSION } from '../../../lib/storage/versions';
import { makeImport, makeNote, NOW } from './fixtures';

const read = (snapshot: StorageSnapshot) => readStoredData(snapshot, { now: NOW, rebuildImportGraph });

describe('reading stored data', () => {
  it('writes nothing where nothing is stored', () => {
    const reading = read({});
    expect(reading.data).toEqual({ notes: [], imports: [], setAside: [] });
    expect(reading.problems).toEqual([]);
    expect(isRepairNeeded(reading.repair)).toBe(false);
  });

  it('reads valid current data as it is, and writes nothing', () => {
    const record = makeImport();
    const snapshot = {
      highlightSettings: { enabled: false, disabledSites: ['example.com'] },
      notes: { version: STORAGE_VERSION, notes: [makeNote()] },
      [`import:${record.id}`]: record,
    };
    const reading = read(snapshot);
    expect(reading.data.settings).toEqual({ enabled: false, disabledSites: ['example.com'] });
    expect(reading.data.notes).toEqual([makeNote()]);
    expect(reading.data.imports.map((entry) => entry.id)).toEqual([record.id]);
    expect(reading.problems).toEqual([]);
    expect(isRepairNeeded(reading.repair)).toBe(false);
  });

  it('never touches keys that are not TMT Lens data, nor WXT metadata keys', () => {
    const snapshot = { somebodyElse: 'x', 'notes$': { v: 3 }, 'import:0123456789abcd$': { v: 1 } };
    const reading = read(snapshot);
    expect(reading.problems).toEqual([]);
    expect(isRepairNeeded(reading.repair)).toBe(false);
  });

  it('moves unreadable settings aside, so the defaults apply and the old value can be recovered', () => {
    const broken = { enabled: 'yes', disabledSites: 'example.com' };
    const reading = read({ highlightSettings: broken });
    const key = setAsideKeyFor('highlightSettings', broken);
    expect(reading.data.settings).toBeUndefined();
    expect(reading.repair.setAside[key]).toMatchObject({ from: 'highlightSettings', value: broken });
    expect(reading.repair.remove).toEqual(['highlightSettings']);
    expect(reading.problems).toEqual([expect.objectContaining({ subject: { code: 'settings', message: 'Highlighting settings' }, reason: expect.objectContaining({ code: 'settingsUnreadable' }), setAsideKey: key })]);
  });

  it('keeps readable notes and sets the unreadable ones aside', () => {
    const junk = { entryId: 'not an id', text: 42 };
    const reading = read({ notes: { version: STORAGE_VERSION, notes: [makeNote(), junk] } });
    expect(reading.data.notes).toEqual([makeNote()]);
    const [aside] = Object.values(reading.repair.setAside);
    expect(aside).toMatchObject({ from: 'notes', value: [junk], reason: '1 note could not be read.', reasonCode: { code: 'noteInvalid' } });
    expect(reading.repair.write.notes).toEqual({ version: STORAGE_VERSION, notes: [makeNote()] });
    expect(reading.repair.remove).toEqual([]);
  });

  it('combines two notes on one entry instead of dropping either', () => {
    const first = makeNote({ text: 'First thought.', updatedAt: NOW });
    const second = makeNote({ text: 'Second thought.', updatedAt: '2025-03-05T00:00:00.000Z' });
    const reading = read({ notes: { version: STORAGE_VERSION, notes: [first, second] } });
    expect(reading.data.notes).toHaveLength(1);
    expect(reading.data.notes[0]!.text).toContain('Second thought.');
    expect(reading.data.notes[0]!.text).toContain('First thought.');
  });

  it('sets aside a notes value without a version, whole', () => {
    const legacy = { 'document:data-security-law': 'a note' };
    const reading = read({ notes: legacy });
    expect(reading.data.notes).toEqual([]);
    expect(Object.values(reading.repair.setAside)).toEqual([expect.objectContaining({ value: legacy })]);
    expect(reading.repair.remove).toEqual(['notes']);
    expect(reading.problems[0]!.message).toMatch(/no valid version number/);
    expect(reading.problems[0]!.reason).toMatchObject({ code: 'notesUnreadable', params: { detail: 'it has no valid version number' } });
  });

  it('leaves data from a newer version exactly where it is, reports it, and locks notes', () => {
    const future = { version: STORAGE_VERSION + 1, notes: [{ whatever: true }] };
    const futureImport = { version: STORAGE_VERSION + 1, id: '0123456789abcd', title: 'Future', anything: [] };
    const reading = read({ notes: future, 'import:0123456789abcd': futureImport });
    expect(reading.locked.notes).toBe(true);
    expect(reading.data.notes).toEqual([]);
    expect(reading.data.imports).toEqual([]);
    expect(isRepairNeeded(reading.repair)).toBe(false);
    expect(reading.problems.map((problem) => problem.subject.message)).toEqual(['Imported newsletter “Future”', 'Your notes and stars']);
    expect(reading.problems.map((problem) => problem.subject.code)).toEqual(['import', 'notes']);
    expect(reading.problems.map((problem) => problem.reason.code)).toEqual(['newer', 'notesNewer']);
    expect(reading.problems[0]!.message).toMatch(/newer version of TMT Lens/);
  });

  it('reads an import again from its text when its stored graph no longer validates', () => {
    const record = makeImport();
    const damaged = { ...record, graph: { version: 99, nodes: 'lost' } };
    const reading = read({ [`import:${record.id}`]: damaged });
    expect(reading.data.imports).toHaveLength(1);
    expect(reading.data.imports[0]!.graph).toEqual(record.graph);
    expect(reading.repair.write[`import:${record.id}`]).toEqual(record);
    expect(reading.problems).toEqual([]);
  });

  it('sets aside an import stored under another import’s key', () => {
    const record = makeImport();
    const reading = read({ 'import:ffffffffffffff': record });
    expect(reading.data.imports).toEqual([]);
    expect(reading.repair.remove).toEqual(['import:ffffffffffffff']);
    expect(reading.problems[0]!.message).toMatch(/another import’s key/);
    expect(reading.problems[0]!.reason.code).toBe('importWrongKey');
  });

  it('finishes an interrupted repair without setting the same value aside twice', () => {
    const broken = { enabled: 1 };
    const key = setAsideKeyFor('highlightSettings', broken);
    const first = read({ highlightSettings: broken });
    // The set-aside copy was written, then the browser closed before the original was removed.
    const interrupted = { highlightSettings: broken, ...first.repair.setAside };
    const second = read(interrupted);
    expect(second.repair.setAside).toEqual({});
    expect(second.repair.remove).toEqual(['highlightSettings']);
    expect(second.data.setAside.map((entry) => entry.key)).toEqual([key]);
    expect(second.problems).toHaveLength(1);
  });

  it('reports set-aside data on every read until the user deals with it', () => {
    const first = read({ notes: 'garbage' });
    const after = applyRepair({ notes: 'garbage' }, first.repair);
    const again = read(after);
    expect(isRepairNeeded(again.repair)).toBe(false);
    expect(again.problems).toEqual([expect.objectContaining({ subject: { code: 'notes', message: 'Your notes and stars' }, setAsideKey: Object.keys(first.repair.setAside)[0] })]);
    expect(again.data.setAside[0]!.record.value).toBe('garbage');
  });
});

describe('set-aside reasons', () => {
  it('are stored as a code with its values beside the English, and read back as that code', () => {
    const junk = { entryId: 42 };
    const first = readStoredData({ notes: { version: STORAGE_VERSION, notes: [junk, { entryId: 43 }] } }, { now: NOW });
    const [key, record] = Object.entries(first.repair.setAside)[0]!;
    expect(record).toMatchObject({ reason: '2 notes could not be read.', reasonCode: { code: 'notesInvalid', params: { count: 2 } } });
    const again = readStoredData({ [key]: record }, { now: NOW });
    expect(again.problems).toEqual([
      {
        key: 'notes',
        subject: { code: 'notes', message: 'Your notes and stars' },
        reason: { code: 'notesInvalid', params: { count: 2 }, message: '2 notes could not be read.' },
        message: '2 notes could not be read. It is kept aside, unchanged, for you to download or delete.',
        setAsideKey: key,
      },
    ]);
  });

  it('written before codes existed are read as their English text, to be shown as it is', () => {
    const key = 'setAside:highlightSettings:abc';
    const legacy = { version: STORAGE_VERSION, from: 'highlightSettings', reason: 'The highlighting settings could not be read.', at: NOW, value: 'on please' };
    const reading = readStoredData({ [key]: legacy }, { now: NOW });
    expect(reading.data.setAside).toEqual([{ key, record: legacy }]);
    expect(reading.problems).toEqual([expect.objectContaining({ reason: { code: 'stored', message: 'The highlighting settings could not be read.' }, setAsideKey: key })]);
  });

  it('refuses a stored code whose values are not text or numbers, keeping the record as it is', () => {
    const key = 'setAside:notes:abc';
    const odd = { version: STORAGE_VERSION, from: 'notes', reason: '1 note could not be read.', reasonCode: { code: 'noteInvalid', params: { count: { nested: true } } }, at: NOW, value: [] };
    const reading = readStoredData({ [key]: odd }, { now: NOW });
    expect(reading.data.setAside).toEqual([{ key, record: expect.objectContaining({ value: odd, reasonCode: { code: 'asideRecordUnreadable' } }) }]);
    expect(reading.repair).toEqual({ setAside: {}, write: {}, remove: [] });
  });
});
