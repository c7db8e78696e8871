import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const EXTENSION_DIR = resolve(ROOT, process.env.TMT_OUT_DIR ?? '.output', 'chrome-mv3');
/**
 * A bench build (npm run build:bench): the same extension, plus the `tmt-lens:*` performance
 * entries that tests of when the content script does its work read. Normal builds make none.
 */
export const BENCH_EXTENSION_DIR = resolve(ROOT, process.env.TMT_BENCH_OUT_DIR ?? '.output-bench', 'chrome-mv3');
export const FIXTURES_DIR = resolve(ROOT, 'test/e2e/fixtures');
export const ARTIFACTS_DIR = resolve(ROOT, 'test/.artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_EXTENSION_DIR = resolve(ROOT, process.env.TMT_OUT_DIR ?? '.output', 'firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
