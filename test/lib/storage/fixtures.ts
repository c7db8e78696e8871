/** Literal stored data for the storage tests: notes, an import read from the e2e fixture newsletter. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readImport } from '../../../lib/import/read-import';
import type { ImportRecord, Note } from '../../../lib/storage/schema';

export const NOW = '2025-03-01T10:00:00.000Z';
export const LATER = '2025-03-02T09:30:00.000Z';

export const NEWSLETTER = readFileSync(resolve(import.meta.dirname, '../../e2e/fixtures/import-newsletter.txt'), 'utf8');

export function makeNote(overrides: Partial<Note> = {}): Note {
  return {
    entryId: 'document:data-security-law',
    entryName: 'Data Security Law',
    entryType: 'document',
    text: 'Check Art. 21 for the data classification duty.',
    starred: false,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

let cached: ImportRecord | undefined;

/** The fixture newsletter as a stored import. */
export function makeImport(): ImportRecord {
  if (!cached) {
    const reading = readImport({ text: NEWSLETTER, fileName: 'march-2025.txt', now: NOW });
    if (!reading.ok) throw new Error(reading.error.message);
    cached = reading.record;
  }
  return structuredClone(cached);
}
