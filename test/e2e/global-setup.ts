import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { EXTENSION_DIR } from './paths';

/** The end-to-end tests run the built extension; build it once if no build is there. */
export default function setup(): void {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }
}
