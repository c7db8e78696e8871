/**
 * Migrations from every earlier storage version, as properties over generated storage:
 * migrating twice gives what migrating once gives; no note is ever lost (it is either still
 * readable, or kept verbatim aside, or left untouched for a newer version); keys that are not
 * TMT Lens's are never touched; nothing disappears without a set-aside copy.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { rebuildImportGraph } from '../../../lib/import/read-import';
import { applyRepair } from '../../../lib/storage/apply-repair';
import { kindOfKey } from '../../../lib/storage/keys';
import { migrateValue } from '../../../lib/storage/migrations';
import { readStoredData, type StorageSnapshot } from '../../../lib/storage/read-stored-data';
import { noteSchema, type SetAsideRecord } from '../../../lib/storage/schema';
import { STORAGE_VERSION } from '../../../lib/storage/versions';
import { makeImport, NOW } from './fixtures';

/** One full migration, as the store performs it: read, then apply the repair plan. */
function migrate(snapshot: StorageSnapshot): Record<string, unknown> {
  return applyRepair(snapshot, readStoredData(snapshot, { now: NOW, rebuildImportGraph }).repair);
}

const timestamps = fc.constantFrom('2024-01-01T00:00:00.000Z', '2024-06-30T12:00:00.000Z', '2025-02-01T08:15:00.000Z');
const entryIds = fc.constantFrom('document:data-security-law', 'authority:cac', 'case:ai-sound-infringement-case', 'document:x-2');
const validNote = fc.record({
  entryId: entryIds,
  entryName: fc.string({ minLength: 1, maxLength: 20 }),
  entryType: fc.constantFrom('authority', 'document', 'case', 'topic'),
  text: fc.string({ maxLength: 40 }),
  starred: fc.boolean(),
  createdAt: timestamps,
  updatedAt: timestamps,
});
const anyNote = fc.oneof({ weight: 4, arbitrary: validNote }, { weight: 1, arbitrary: fc.anything() });
const notesList = fc.array(anyNote, { maxLength: 6 });

const settings = fc.oneof(
  fc.record({ enabled: fc.boolean(), disabledSites: fc.array(fc.domain(), { maxLength: 3 }) }),
  fc.anything(),
);
/** Keys another part of the extension (or another version's metadata) might own. */
const foreignKeys = fc.dictionary(fc.constantFrom('sidePanelTarget', 'recentSearches', 'notes$', 'highlightSettings$', 'other:thing'), fc.anything(), { maxKeys: 3 });

/** Storage as version 0 left it: the unversioned settings, and whatever else was there. */
const version0 = fc.record({ foreign: foreignKeys, settings: fc.option(settings, { nil: undefined }) }).map(({ foreign, settings: value }) => ({
  ...foreign,
  ...(value === undefined ? {} : { highlightSettings: value }),
}));

const notesValue = fc.oneof(
  { weight: 6, arbitrary: notesList.map((notes) => ({ version: STORAGE_VERSION, notes })) },
  { weight: 1, arbitrary: notesList.map((notes) => ({ version: STORAGE_VERSION + 1, notes })) },
  { weight: 1, arbitrary: notesList.map((notes) => ({ notes })) },
  { weight: 1, arbitrary: fc.anything() },
);
const record = makeImport();
const importValue = fc.constantFrom<unknown>(record, { ...record, graph: 'damaged' }, { ...record, version: STORAGE_VERSION + 1 }, { title: 'no version' }, 'junk');

/** Storage as the current version may find it, damaged or not. */
const version1 = fc
  .record({
    base: version0,
    notes: fc.option(notesValue, { nil: undefined }),
    imported: fc.option(importValue, { nil: undefined }),
  })
  .map(({ base, notes, imported }) => ({
    ...base,
    ...(notes === undefined ? {} : { notes }),
    ...(imported === undefined ? {} : { [`import:${record.id}`]: imported }),
  }));

const EARLIER_VERSIONS: Array<[number, fc.Arbitrary<Record<string, unknown>>]> = [
  [0, version0],
  [1, version1],
];

function setAsideValues(snapshot: Record<string, unknown>): unknown[] {
  return Object.entries(snapshot)
    .filter(([key]) => kindOfKey(key) === 'setAside')
    .map(([, value]) => (value as SetAsideRecord).value);
}

describe('storage migrations', () => {
  it('covers every earlier version', () => {
    expect(EARLIER_VERSIONS.map(([version]) => version)).toEqual(Array.from({ length: STORAGE_VERSION + 1 }, (_, version) => version));
  });

  for (const [version, snapshots] of EARLIER_VERSIONS) {
    describe(`from version ${version}`, () => {
      it('migrating twice gives what migrating once gives', () => {
        fc.assert(
          fc.property(snapshots, (snapshot) => {
            const once = migrate(snapshot);
            expect(migrate(once)).toEqual(once);
          }),
        );
      });

      it('never touches keys that are not TMT Lens data', () => {
        fc.assert(
          fc.property(snapshots, (snapshot) => {
            const migrated = migrate(snapshot);
            for (const key of Object.keys(snapshot)) if (kindOfKey(key) === undefined) expect(migrated[key]).toBe(snapshot[key]);
          }),
        );
      });

      it('removes nothing without first keeping a verbatim copy aside', () => {
        fc.assert(
          fc.property(snapshots, (snapshot) => {
            const migrated = migrate(snapshot);
            for (const key of Object.keys(snapshot)) {
              if (key in migrated || snapshot[key] === null || snapshot[key] === undefined) continue;
              expect(setAsideValues(migrated).some((value) => isDeepStrictEqual(value, snapshot[key]))).toBe(true);
            }
          }),
        );
      });

      it('loses no note', () => {
        fc.assert(
          fc.property(snapshots, (snapshot) => {
            const migrated = migrate(snapshot);
            const stored = snapshot.notes as { notes?: unknown } | undefined;
            if (!stored || !Array.isArray(stored.notes)) return;
            if (isDeepStrictEqual(migrated.notes, snapshot.notes)) return; // untouched (current, or from a newer version)
            const readable = readStoredData(migrated, { now: NOW }).data.notes;
            const asides = setAsideValues(migrated);
            for (const item of stored.notes) {
              const note = noteSchema.safeParse(item);
              const keptReadable = note.success && readable.some((kept) => kept.entryId === note.data.entryId && kept.text.includes(note.data.text.trim()) && kept.updatedAt >= note.data.updatedAt);
              const keptAside = asides.some((value) => isDeepStrictEqual(value, snapshot.notes) || (Array.isArray(value) && value.some((aside) => isDeepStrictEqual(aside, item))));
              expect(keptReadable || keptAside).toBe(true);
            }
          }),
        );
      });
    });
  }

  it('refuses to guess at a format no version wrote', () => {
    expect(migrateValue('notes', { version: 0, notes: [] })).toEqual({ status: 'unreadable', reason: 'no TMT Lens version stored notes records in format 0' });
    expect(migrateValue('notes', [])).toMatchObject({ status: 'unreadable' });
    expect(migrateValue('notes', { version: 1.5 })).toMatchObject({ status: 'unreadable' });
    expect(migrateValue('notes', { version: STORAGE_VERSION + 3 })).toEqual({ status: 'newer', version: STORAGE_VERSION + 3 });
  });
});
