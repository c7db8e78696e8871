import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { FIREFOX_EXTENSION_DIR } from '../e2e/paths';

/** The Firefox tests run the built Firefox add-on; build it once if no build is there. */
export default function setup(): void {
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
  }
}
