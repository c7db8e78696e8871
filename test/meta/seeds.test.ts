import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = resolve(ROOT, 'seeds');

function recordedHashes(): Map<string, string> {
  const lines = readFileSync(resolve(ROOT, 'test/fixtures/seed-hashes.txt'), 'utf8').trim().split('\n');
  return new Map(lines.map((line) => {
    const [hash, name] = line.split(/\s+/);
    return [name ?? '', hash ?? ''];
  }));
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('seeds/', () => {
  const recorded = recordedHashes();

  it('holds exactly the recorded newsletters', () => {
    const present = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
    expect(present).toEqual([...recorded.keys()].sort());
  });

  it.each([...recorded])('%s is unchanged byte for byte', (name, hash) => {
    expect(sha256(resolve(SEEDS, name))).toBe(hash);
  });

  it('matches the shared originals where they are present', () => {
    const shared = resolve(ROOT, '../shared/seeds');
    if (!existsSync(shared)) return;
    for (const name of recorded.keys()) {
      const original = resolve(shared, name);
      if (existsSync(original)) expect(sha256(resolve(SEEDS, name))).toBe(sha256(original));
    }
  });
});
