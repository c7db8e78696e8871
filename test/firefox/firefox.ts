/**
 * Launches Debian's firefox-esr over WebDriver BiDi (puppeteer-core) with the built Firefox
 * add-on installed as a temporary add-on. Facts this relies on, measured on Firefox ESR 153:
 * extension pages load only with --remote-allow-system-access and never report their
 * navigation as finished; their console reaches no BiDi event, so Firefox prints it on its
 * own output (devtools.console.stdout.content) and errors are read from there.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, FIREFOX_EXTENSION_DIR } from '../e2e/paths';

/** The add-on's id in the Firefox manifest (browser_specific_settings.gecko.id). */
const GECKO_ID = 'tmt-lens@tmt-lens.org';
/** Fixed so the tests know the moz-extension:// origin before the add-on is installed. */
export const EXTENSION_UUID = '5f0c3f8e-2d1a-4b6c-9e7f-0a1b2c3d4e5f';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export type ExtensionPagePath = 'popup.html' | 'sidepanel.html' | 'options.html';

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens an extension page in a tab and waits until its document has loaded. */
  openExtensionPage(path: ExtensionPagePath, query?: string): Promise<Page>;
  /** Errors reported so far by the extension's pages, its background and the fixture pages. */
  errors(): string[];
  close(): Promise<void>;
}

/**
 * An error line from Firefox's output that concerns the extension or the pages under test.
 * Firefox also reports errors of its own chrome code (resource://, chrome://), which are not ours.
 */
export function isPageOrExtensionError(line: string): boolean {
  if (line.startsWith('console.error:')) return true;
  // The add-on reports what it could not do as warnings that start with its name.
  if (line.startsWith('console.warn:') && line.includes('TMT Lens:')) return true;
  const script = /^JavaScript error: (\S+?),? line \d+/.exec(line);
  return script !== null && /^(moz-extension:|https?:\/\/127\.0\.0\.1)/.test(script[1]!);
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'devtools.console.stdout.content': true,
      // Firefox's own console messages (remote settings and the like) are not the add-on's.
      'devtools.console.stdout.chrome': false,
      // No remote-settings look-ups: the tests, like the add-on, stay off the network.
      'services.settings.server': 'data:,#remote-settings-off/v1',
      // With no server, Firefox's experiments loader ("RSLoader") prints an error of its own on
      // the same output as the pages' console, at a moment of its choosing: silence its logger.
      'messaging-system.log': 'off',
    },
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  });
  const lines: string[] = [];
  let pending = '';
  const collect = (chunk: Buffer) => {
    const text = pending + chunk.toString('utf8');
    const parts = text.split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts.filter(isPageOrExtensionError));
  };
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    async openExtensionPage(path, query = '') {
      const page = await browser.newPage();
      const url = `${EXTENSION_ORIGIN}/${path}${query}`;
      // The navigation of an extension page is never reported as done: start it, then poll.
      page.goto(url).catch(() => undefined);
      const deadline = Date.now() + 20_000;
      for (;;) {
        const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
        if (state[0] === url && state[1] === 'complete') return page;
        if (Date.now() > deadline) throw new Error(`${url} did not load; last seen ${JSON.stringify(state)}`);
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    errors: () => [...lines],
    async close() {
      await browser.close();
    },
  };
}
