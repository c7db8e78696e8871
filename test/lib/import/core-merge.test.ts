/**
 * An imported newsletter that names a core-layer instrument enriches that entry, as it enriches a
 * newsletter entry: one entry per instrument, with the import's source beside the curated ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundledGraph } from '../../../lib/build/bundled-data';
import { originOf } from '../../../lib/graph/entry-origin';
import { mergeGraphs } from '../../../lib/import/merge-graphs';
import { readImport } from '../../../lib/import/read-import';

describe('imports merge onto core entries', () => {
  it('puts the import’s mention of the PIPL on the core entry, not on a new one', () => {
    const bundled = buildBundledGraph(join(__dirname, '../../../seeds')).graph;
    const text = readFileSync(join(__dirname, '../../e2e/fixtures/import-newsletter.txt'), 'utf8');
    const reading = readImport({ text, now: '2025-03-20T00:00:00.000Z' });
    if (!reading.ok) throw new Error(reading.error.message);
    const merged = mergeGraphs(bundled, reading.record.graph);
    // Titles that start with the law's name: documents about the PIPL (an SPP notice implementing it) are other entries.
    const pipl = merged.nodes.filter((node) => node.type === 'document' && /^Personal Information Protection Law/.test(node.name));
    expect(pipl.map((node) => node.id)).toEqual(['document:personal-information-protection-law']);
    expect(originOf(pipl[0]!)).toMatchObject({ core: true, imported: true });
    expect(pipl[0]!.abbreviations).toContain('PIPL');
  });
});
