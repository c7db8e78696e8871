/** Reads the newsletters in seeds/ (Node only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewsletterInput } from '../parse/build-graph';

export function listSeedFiles(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(seedsDir, name));
}

export function readSeeds(seedsDir: string): NewsletterInput[] {
  return listSeedFiles(seedsDir).map((file) => ({ id: file.slice(file.lastIndexOf('/') + 1), text: readFileSync(file, 'utf8') }));
}
