import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { BENCH_EXTENSION_DIR, EXTENSION_DIR } from './paths';

/** The end-to-end tests run the built extension (and its bench build); build them once if missing. */
export default function setup(): void {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }
  if (!existsSync(`${BENCH_EXTENSION_DIR}/manifest.json`)) {
    execFileSync('npm', ['run', 'build:bench'], { stdio: 'inherit' });
  }
}
