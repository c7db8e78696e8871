/** The graph built from seeds/, built once per test file. */
import { resolve } from 'node:path';
import { readSeeds } from '../../../lib/build/seeds';
import { buildGraph, type BuildResult } from '../../../lib/parse/build-graph';

export const SEEDS_DIR = resolve(import.meta.dirname, '../../../seeds');
let cached: BuildResult | undefined;

export function seedGraph(): BuildResult {
  cached ??= buildGraph(readSeeds(SEEDS_DIR));
  return cached;
}
