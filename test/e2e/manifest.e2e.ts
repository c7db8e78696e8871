/**
 * What Chromium makes of the built manifest, as chrome://extensions shows it to a developer:
 * no manifest errors or warnings (an unknown key, say), and icons at every size. Chromium
 * collects manifest warnings only in developer mode, so the test turns it on and reloads the
 * extension; that is why this runs in a browser of its own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICON_SIZES } from '../../lib/build/icon-sizes';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { EXTENSION_DIR } from './paths';

interface ExtensionInfo {
  id: string;
  manifestErrors: Array<{ message: string }>;
  installWarnings: string[];
  runtimeErrors: Array<{ message: string }>;
}
interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  reload(id: string, options: { failQuietly: boolean; populateErrorForUnpacked: boolean }): Promise<unknown>;
  getExtensionsInfo(options: { includeDisabled: boolean; includeTerminated: boolean }): Promise<ExtensionInfo[]>;
}

describe('the built manifest in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads without manifest errors or install warnings', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://extensions');
    await page.evaluate(async (id) => {
      const { developerPrivate } = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome;
      await developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
      await developerPrivate.reload(id, { failQuietly: true, populateErrorForUnpacked: true });
    }, browser.extensionId);
    // A manifest with an unknown key was seen reported here (as "Unrecognized manifest key") within 2 s.
    await page.waitForTimeout(2_000);
    const info = await page.evaluate(async (id) => {
      const { developerPrivate } = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome;
      const own = (await developerPrivate.getExtensionsInfo({ includeDisabled: true, includeTerminated: true })).find((extension) => extension.id === id);
      return own && { manifestErrors: own.manifestErrors.map((error) => error.message), installWarnings: own.installWarnings, runtimeErrors: own.runtimeErrors.map((error) => error.message) };
    }, browser.extensionId);
    expect(info).toEqual({ manifestErrors: [], installWarnings: [], runtimeErrors: [] });
    await page.close();
  });

  it('names an icon at every size the stores ask for, each that size', () => {
    const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { icons?: Record<string, string> };
    expect(Object.keys(manifest.icons ?? {}).map(Number)).toEqual([...ICON_SIZES]);
    for (const [size, file] of Object.entries(manifest.icons ?? {})) {
      // A PNG's width and height are the two 32-bit numbers after its signature and IHDR header.
      const png = readFileSync(resolve(EXTENSION_DIR, file));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});
