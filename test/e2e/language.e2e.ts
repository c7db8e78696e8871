/**
 * TMT Lens's own UI in the built extension follows the browser's language, and the options
 * page's language setting overrides it: the popup, side panel and options page then speak
 * Simplified Chinese (their document `lang` too), while entry names stay as the graph has them.
 * Writes the Chinese screenshots the README shows.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundledData } from '../../lib/build/bundled-data';
import type { Graph } from '../../lib/graph/schema';
import { launchWithExtension, watchPageErrors, type ExtensionBrowser } from './browser';
import { ARTIFACTS_DIR, ROOT } from './paths';

const SCREENSHOTS = resolve(ARTIFACTS_DIR, 'screenshots');
const ENTRY_ID = 'authority:cac';
let graph: Graph;

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  graph = JSON.parse(buildBundledData(resolve(ROOT, 'seeds')).graphJson) as Graph;
});

async function open(extension: ExtensionBrowser, path: 'popup.html' | 'sidepanel.html' | 'options.html', query = '', size?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const page = await extension.context.newPage();
  if (size) await page.setViewportSize(size);
  const errors = watchPageErrors(page);
  await page.goto(`chrome-extension://${extension.extensionId}/${path}${query}`);
  return { page, errors };
}

const documentLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('a browser in Simplified Chinese', () => {
  let extension: ExtensionBrowser;
  beforeAll(async () => {
    extension = await launchWithExtension(undefined, { language: 'zh-CN' });
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('gets the popup and the options page in Chinese with the setting left on Automatic', async () => {
    const { page: popup, errors } = await open(extension, 'popup.html', '', { width: 380, height: 520 });
    await expect(popup.getByRole('combobox', { name: '搜索 TMT Lens' }).isVisible()).resolves.toBe(true);
    await expect(popup.getByRole('button', { name: '设置与导入' }).isVisible()).resolves.toBe(true);
    expect(await documentLanguage(popup)).toBe('zh-CN');

    const { page: options, errors: optionErrors } = await open(extension, 'options.html');
    const select = options.getByLabel('TMT Lens 的语言');
    await select.waitFor();
    expect(await select.inputValue()).toBe('auto');
    expect(await documentLanguage(options)).toBe('zh-CN');
    expect(await options.title()).toBe('TMT Lens 设置');
    expect([...errors, ...optionErrors]).toEqual([]);
    await popup.close();
    await options.close();
  });
});

describe('a browser in English', () => {
  let extension: ExtensionBrowser;
  beforeAll(async () => {
    extension = await launchWithExtension();
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('gets English by default, and Chinese everywhere once the options page says 简体中文', async () => {
    const { page: options, errors } = await open(extension, 'options.html');
    const select = options.getByLabel('Language of TMT Lens');
    await select.waitFor();
    expect(await documentLanguage(options)).toBe('en');
    await expect(options.getByRole('heading', { name: 'Import a newsletter' }).isVisible()).resolves.toBe(true);
    // Each language is offered in its own name.
    expect(await select.locator('option').allTextContents()).toEqual(['Automatic (browser language)', 'English', '简体中文']);

    await select.selectOption('zh-CN');
    // The page it was chosen on follows at once.
    await options.getByRole('heading', { name: '导入简报' }).waitFor();
    expect(await documentLanguage(options)).toBe('zh-CN');
    await expect(options.getByText('语言已保存。').isVisible()).resolves.toBe(true);
    // The screenshot shows the settings: highlighting, and the language chosen.
    await options.locator('#highlighting-title').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await options.screenshot({ path: resolve(SCREENSHOTS, 'options-zh.png') });

    const { page: popup, errors: popupErrors } = await open(extension, 'popup.html', '', { width: 380, height: 520 });
    const search = popup.getByRole('combobox', { name: '搜索 TMT Lens' });
    await search.fill('CAC');
    await popup.locator('#popup-results [role="option"]').first().waitFor();
    expect(await documentLanguage(popup)).toBe('zh-CN');
    await expect(popup.getByRole('listbox', { name: '搜索结果' }).isVisible()).resolves.toBe(true);
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'popup-zh.png') });

    const cac = graph.nodes.find((node) => node.id === ENTRY_ID)!;
    const { page: panel, errors: panelErrors } = await open(extension, 'sidepanel.html', `?id=${ENTRY_ID}`, { width: 400, height: 900 });
    await panel.locator(`.entry[data-entry-id="${ENTRY_ID}"]`).waitFor();
    await panel.locator('.graph-view-canvas[data-graph-ready]').waitFor();
    expect(await documentLanguage(panel)).toBe('zh-CN');
    await expect(panel.getByRole('button', { name: '筛选' }).isVisible()).resolves.toBe(true);
    await expect(panel.getByRole('heading', { name: /^关联/ }).isVisible()).resolves.toBe(true);
    await expect(panel.locator('.entry-kicker .badge').textContent()).resolves.toBe('机构');
    // The entry itself keeps its own words: its name is the graph's, untranslated.
    await expect(panel.locator('#entry-title').textContent()).resolves.toBe(cac.name);
    await panel.screenshot({ path: resolve(SCREENSHOTS, 'sidepanel-zh.png') });

    // Back to Automatic: the English browser's language again, on every open page.
    await options.getByLabel('TMT Lens 的语言').selectOption('auto');
    await options.getByRole('heading', { name: 'Import a newsletter' }).waitFor();
    await panel.getByRole('button', { name: 'Filters' }).waitFor();
    await popup.getByRole('combobox', { name: 'Search TMT Lens' }).waitFor();
    expect(await documentLanguage(panel)).toBe('en');
    expect([...errors, ...popupErrors, ...panelErrors]).toEqual([]);
    await Promise.all([options.close(), popup.close(), panel.close()]);
  });
});
