/**
 * An axe-core audit of the extension's own UI in light and dark, in English and Simplified
 * Chinese: the popup (with results), the side panel on an entry, the options page and the hover card. No serious or critical
 * violation is allowed. The hover card is an extension page in a frame (inside a closed shadow
 * root) that the web page's scripts cannot enter: axe is run in that frame itself, on a real hover.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { cardFrameOf, centreOfWords, visibleDialogs, waitForHighlights } from './page-helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

let extension: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  extension = await launchWithExtension();
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** Serious and critical violations on the page as it is now. */
async function audit(page: Page | Frame): Promise<Finding[]> {
  // Evaluated over DevTools, so the extension pages' script policy does not stop it.
  await page.evaluate(`${AXE_SOURCE};0`);
  const violations = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact?: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } };
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ rule: violation.id, impact: violation.impact ?? '', help: violation.help, targets: violation.nodes.map((node) => JSON.stringify(node.target)) }));
}

async function extensionPage(path: 'popup.html' | 'sidepanel.html' | 'options.html', scheme: 'light' | 'dark', query = ''): Promise<Page> {
  const page = await extension.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${extension.extensionId}/${path}${query}`);
  return page;
}

describe.each(['light', 'dark'] as const)('accessibility in %s mode (axe-core: no serious or critical violations)', (scheme) => {
  it('the popup, with search results', async () => {
    const page = await extensionPage('popup.html', scheme);
    await page.setViewportSize({ width: 380, height: 520 });
    await page.getByRole('combobox', { name: 'Search TMT Lens' }).fill('cac');
    await page.getByRole('option').first().waitFor();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it('the side panel on an entry, with its graph', async () => {
    const page = await extensionPage('sidepanel.html', scheme, '?id=authority:cac');
    await page.setViewportSize({ width: 420, height: 900 });
    await page.waitForSelector('.graph-view-canvas[data-graph-ready^="authority:cac|"]', { timeout: 15_000 });
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it('the options page', async () => {
    const page = await extensionPage('options.html', scheme);
    await page.getByRole('heading', { name: 'Your imports' }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it('the hover card', async () => {
    await auditHoverCard(scheme, { open: 'Open in side panel', title: 'TMT Lens card', lang: 'en' });
  });
});

describe.each(['light', 'dark'] as const)('accessibility in Simplified Chinese, %s mode', (scheme) => {
  // The language setting, as the options page stores it; every open page follows it.
  beforeAll(async () => {
    await extension.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
      await chrome.storage.local.set({ highlightSettings: { enabled: true, disabledSites: [], uiLanguage: 'zh-CN' } });
    });
  });
  afterAll(async () => {
    await extension.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
      await chrome.storage.local.set({ highlightSettings: { enabled: true, disabledSites: [] } });
    });
  });

  it('the popup, with search results', async () => {
    const page = await extensionPage('popup.html', scheme);
    await page.setViewportSize({ width: 380, height: 520 });
    await page.getByRole('combobox', { name: '搜索 TMT Lens' }).fill('cac');
    await page.getByRole('option').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it('the side panel on an entry, with its graph', async () => {
    const page = await extensionPage('sidepanel.html', scheme, '?id=authority:cac');
    await page.setViewportSize({ width: 420, height: 900 });
    await page.waitForSelector('.graph-view-canvas[data-graph-ready^="authority:cac|"]', { timeout: 15_000 });
    await page.getByRole('button', { name: '筛选' }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it('the options page', async () => {
    const page = await extensionPage('options.html', scheme);
    await page.getByRole('heading', { name: '您的导入' }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });

  it('the hover card', async () => {
    await auditHoverCard(scheme, { open: '在侧边栏中打开', title: 'TMT Lens 卡片', lang: 'zh-CN' });
  });
});

/** Hovers the CAC on a fixture article and audits its card's frame, which speaks `lang`. */
async function auditHoverCard(scheme: 'light' | 'dark', expected: { open: string; title: string; lang: string }): Promise<void> {
  const page = await extension.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(server.url('/article.html'));
  await waitForHighlights(page, (t) => t.authority.includes('CAC'));
  const box = await centreOfWords(page, 'Cyberspace');
  await page.mouse.move(box.x, box.y);
  await page.mouse.move(box.x + 2, box.y);
  await expect.poll(async () => (await visibleDialogs(page)).flatMap((dialog) => dialog.text), { timeout: 5_000 }).toContain(expected.open);
  const card = cardFrameOf(page)!;
  // The frame follows the user's colour scheme, not the page's, and the UI's language.
  expect(await card.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
  expect(await card.evaluate(() => document.documentElement.lang)).toBe(expected.lang);
  expect(await audit(card)).toEqual([]);
  // The frame itself has an accessible name, for a screen reader reaching it from the page.
  expect(await (await card.frameElement()).getAttribute('title')).toBe(expected.title);
  await page.close();
}
