import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

describe('the built extension in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads its service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('runs the content script on an http page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    await page.waitForFunction(() => CSS.highlights.has('tmt-lens-document'), null, { timeout: 10_000 });
    await page.close();
  });

  it('renders the popup and the side panel as extension pages', async () => {
    for (const path of ['popup.html', 'sidepanel.html', 'options.html'] as const) {
      const page = await browser.openExtensionPage(path);
      // The pages render once their message table is read: wait for the heading rather than look once.
      const heading = page.getByRole('heading', { name: 'TMT Lens' }).first();
      await heading.waitFor({ state: 'visible', timeout: 10_000 });
      await expect(heading.isVisible()).resolves.toBe(true);
      await page.close();
    }
  });
});
