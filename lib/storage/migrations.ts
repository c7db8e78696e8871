/**
 * Pure migrations of stored values, from any earlier version to the current one.
 *
 * Each versioned kind has one step per version boundary: STEPS[kind][n] turns a version-n value
 * into a version-(n + 1) value. Steps are pure, never throw, and leave a current value alone,
 * so migrating twice gives what migrating once gives (tested with fast-check in
 * test/lib/storage/migrations.test.ts).
 *
 * Version 0 stored only the highlight settings, which version 1 keeps unchanged; so version 1
 * has no steps yet. The first change to a stored shape adds STEPS.<kind>[1] here.
 */
import { STORAGE_VERSION } from './versions';

export type VersionedKind = 'notes' | 'import' | 'setAside';
type Step = (value: Record<string, unknown>) => Record<string, unknown>;

const STEPS: Record<VersionedKind, Partial<Record<number, Step>>> = {
  notes: {},
  import: {},
  setAside: {},
};

export type Migrated =
  | { status: 'current'; value: Record<string, unknown>; migrated: boolean }
  /** Written by a newer TMT Lens: only that version knows what it means. */
  | { status: 'newer'; version: number }
  | { status: 'unreadable'; reason: string };

export function versionOf(value: unknown): number | undefined {
  if (!isRecord(value)) return undefined;
  const { version } = value;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined;
}

export function migrateValue(kind: VersionedKind, raw: unknown): Migrated {
  if (!isRecord(raw)) return { status: 'unreadable', reason: `it is ${describe(raw)}, not a TMT Lens record` };
  const version = versionOf(raw);
  if (version === undefined) return { status: 'unreadable', reason: 'it has no valid version number' };
  if (version > STORAGE_VERSION) return { status: 'newer', version };
  let value = raw;
  for (let from = version; from < STORAGE_VERSION; from++) {
    const step = STEPS[kind][from];
    if (!step) return { status: 'unreadable', reason: `no TMT Lens version stored ${kind} records in format ${from}` };
    value = { ...step(value), version: from + 1 };
  }
  return { status: 'current', value, migrated: version !== STORAGE_VERSION };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
