/** Launches Debian's Chromium with the built extension loaded, as a user would have it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  openExtensionPage(path: 'popup.html' | 'sidepanel.html' | 'options.html', query?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Headless Chromium as this machine runs it: no sandbox or GPU, and no traffic of its own. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** The same Chromium without the extension: the reference a page is compared with. */
export function launchWithoutExtension(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
}

/** A fresh profile of Chromium launched as the extension's browser is, with these extra flags. */
async function launchProfile(extraArgs: string[]): Promise<{ context: BrowserContext; userDataDir: string }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tmt-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    // Playwright's own headless mode cannot load extensions; Chromium's new headless can.
    headless: false,
    args: [...CHROMIUM_FLAGS, '--disable-quic', ...extraArgs],
    viewport: { width: 1200, height: 900 },
  });
  return { context, userDataDir };
}

/**
 * The same Chromium launched exactly as launchWithExtension launches it, without the extension:
 * the reference for what the extension costs a page. (Playwright's headless launch is not one:
 * on the live page, a browser launched as the extension's is, with an empty extension, spent
 * ~0.05 more of the renderer's wall time in tasks, for less CPU.)
 */
export async function launchLikeExtensionBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const { context, userDataDir } = await launchProfile(['--lang=en-US']);
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium with the extension; `extensionDir` picks another build (BENCH_EXTENSION_DIR).
 * `language` is the browser's own, which picks the extension's messages file: English unless
 * a test asks for another, so tests that read English text do not depend on the machine's locale.
 */
export async function launchWithExtension(extensionDir: string = EXTENSION_DIR, { language = 'en-US' }: { language?: string } = {}): Promise<ExtensionBrowser> {
  const { context, userDataDir } = await launchProfile([`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, `--lang=${language}`]);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async openExtensionPage(path, query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}${query}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Collects page errors and console errors so a test can assert the extension caused none. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** The slice of the extension API the tests call inside the service worker. */
interface WorkerChrome {
  storage: { session: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  tabs: { query(query: object): Promise<Array<{ id?: number }>> };
}

/** A value from the extension's session storage, read inside its service worker. */
export async function readSessionStorage(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (name) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return (await chrome.storage.session.get(name))[name];
  }, key);
}

/** Writes session storage as the background does (e.g. a side panel request). */
export async function writeSessionStorage(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (values) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    await chrome.storage.session.set(values);
  }, items);
}

/** The id of the active tab (a tab's URL would need the "tabs" permission; activity does not). */
export async function activeTabId(worker: Worker): Promise<number | undefined> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
}
