import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importIdOf } from '../../../lib/import/import-id';
import { readImport, type ImportError } from '../../../lib/import/read-import';
import { NEWSLETTER, NOW } from '../storage/fixtures';

const HOSTILE = readFileSync(resolve(import.meta.dirname, '../../e2e/fixtures/import-hostile.html'), 'utf8');

function errorOf(text: string): ImportError {
  const reading = readImport({ text, now: NOW });
  if (reading.ok) throw new Error('expected the import to fail');
  return reading.error;
}

describe('reading an import', () => {
  it('reads a newsletter into a record whose every fact cites the import', () => {
    const reading = readImport({ text: NEWSLETTER, fileName: 'march.txt', now: NOW });
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const { record } = reading;
    expect(record).toMatchObject({ version: 1, title: 'China TMT Update – March 2025', fileName: 'march.txt', importedAt: NOW, items: 5, warnings: [] });
    expect(record.id).toBe(importIdOf(record.text));
    const names = record.graph.nodes.map((node) => node.name);
    expect(names).toEqual(expect.arrayContaining(['Measures for the Administration of Quantum Communication Services', 'Lanting Voice Cloning Case', 'Hangzhou Internet Court']));
    const newsletters = new Set([...record.graph.nodes, ...record.graph.edges].flatMap((part) => part.sources.map((source) => source.newsletter)));
    expect([...newsletters]).toEqual([`import:${record.id}`]);
  });

  it('gives the same newsletter the same id however it arrives', () => {
    const pasted = readImport({ text: NEWSLETTER, now: NOW });
    const reformatted = readImport({ text: `\uFEFF${NEWSLETTER.replace(/\n/g, '\r\n')}  `, fileName: 'x.txt', now: '2026-01-01T00:00:00.000Z' });
    expect(pasted.ok && reformatted.ok && pasted.record.id === reformatted.record.id).toBe(true);
  });

  it('keeps only the text of HTML: no scripts, handlers or tags, and markup in names stays text', () => {
    const reading = readImport({ text: HOSTILE, fileName: 'alert.html', now: NOW });
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.warnings).toEqual([{ code: 'htmlExtracted', message: 'The input was HTML; its text was extracted and its markup ignored.' }]);
    expect(reading.record.warnings).toEqual(['The input was HTML; its text was extracted and its markup ignored.']);
    expect(reading.record.text).not.toMatch(/__tmtLensPwned = |<script|onload=|<a |<svg|<iframe/);
    expect(reading.record.title).toBe('China TMT Alert <img src=x onerror="window.__tmtLensPwned=\'title\'"> – April 2025');
    expect(reading.record.graph.nodes.map((node) => node.name)).toContain('Measures for the Security of Robotaxi Fleet Data');
  });

  it.each([
    ['', 'empty', 'The newsletter is empty. Nothing was imported.'],
    ['   \n\t ', 'empty', 'The newsletter is empty. Nothing was imported.'],
    ['\u0000\u0001\u0002binary\u0003'.repeat(200), 'binary', 'This does not look like text: it contains binary data. Choose a .txt or .html file, or paste the newsletter’s text. Nothing was imported.'],
    ['Too short.', 'tooLittleText', 'The newsletter has too little text to read anything from. Nothing was imported.'],
    ['This is a shopping list with apples, pears, bread, milk, butter and cheese for the weekend.', 'nothingFound', 'No regulations, authorities or cases were found in this text. Is it a China TMT newsletter? Nothing was imported.'],
  ])('refuses %j with a code and a message saying why', (text, code, message) => {
    expect(errorOf(text)).toEqual({ code, message });
  });

  it('refuses text over the parser’s limit, with its size', () => {
    expect(errorOf('a'.repeat(20_000_000))).toEqual({
      code: 'tooLarge',
      params: { millions: '20.0' },
      message: 'The newsletter is too large (20.0 million characters; the limit is 5 million). Nothing was imported.',
    });
  });
});
