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
    expect(reading.problems).toEqual([expect.objectContaining({ subject: 'Highlighting settings', setAsideKey: key })]);
  });

  it('keeps readable notes and sets the unreadable ones aside', () => {
    const junk = { entryId: 'not an id', text: 42 };
    const reading = read({ notes: { version: STORAGE_VERSION, notes: [makeNote(), junk] } });
    expect(reading.data.notes).toEqual([makeNote()]);
    const [aside] = Object.values(reading.repair.setAside);
    expect(aside).toMatchObject({ from: 'notes', value: [junk], reason: '1 note could not be read.' });
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
  });

  it('leaves data from a newer version exactly where it is, reports it, and locks notes', () => {
    const future = { version: STORAGE_VERSION + 1, notes: [{ whatever: true }] };
    const futureImport = { version: STORAGE_VERSION + 1, id: '0123456789abcd', title: 'Future', anything: [] };
    const reading = read({ notes: future, 'import:0123456789abcd': futureImport });
    expect(reading.locked.notes).toBe(true);
    expect(reading.data.notes).toEqual([]);
    expect(reading.data.imports).toEqual([]);
    expect(isRepairNeeded(reading.repair)).toBe(false);
    expect(reading.problems.map((problem) => problem.subject)).toEqual(['Imported newsletter “Future”', 'Your notes and stars']);
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
    expect(again.problems).toEqual([expect.objectContaining({ subject: 'Your notes and stars', setAsideKey: Object.keys(first.repair.setAside)[0] })]);
    expect(again.data.setAside[0]!.record.value).toBe('garbage');
  });
});
