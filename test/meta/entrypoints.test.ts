import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRYPOINTS = [
  'entrypoints/background.ts',
  'entrypoints/content/index.ts',
  'entrypoints/sidepanel/main.tsx',
  'entrypoints/popup/main.tsx',
  'entrypoints/options/main.tsx',
  'entrypoints/card-frame/index.ts',
];

describe('entrypoints', () => {
  it.each(ENTRYPOINTS)('%s configures zod for the MV3 CSP before anything else', (file) => {
    const source = readFileSync(resolve(ROOT, file), 'utf8');
    const firstImport = source.split('\n').find((line) => line.startsWith('import '));
    expect(firstImport).toMatch(/lib\/ext\/zod-csp['"];$/);
  });
});
