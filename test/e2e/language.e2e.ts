/**
 * TMT Lens's own UI in the built extension follows the browser's language, and the options
 * page's language setting overrides it: the popup, side panel and options page then speak
 * Simplified Chinese (their document `lang` too), as does the hover card on a web page, while
 * entry names stay as the graph has them. Writes the Chinese screenshots the README shows.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundledData } from '../../lib/build/bundled-data';
import type { Graph } from '../../lib/graph/schema';
import { launchWithExtension, watchPageErrors, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { cardFrameOf, centreOfWords, visibleDialogs, waitForHighlights } from './page-helpers';
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

/** Hovers the CAC's name on the fixture article until its card is up; the card's dialogs as a reader gets them. */
async function hoverCac(page: Page): Promise<Array<{ name: string; text: string[] }>> {
  await page.mouse.move(0, 0);
  await expect.poll(async () => (await visibleDialogs(page)).length, { timeout: 5_000 }).toBe(0);
  const { x, y } = await centreOfWords(page, 'Cyberspace');
  await page.mouse.move(x, y);
  await page.mouse.move(x + 2, y);
  await expect.poll(async () => (await visibleDialogs(page)).length, { timeout: 5_000 }).toBe(1);
  return visibleDialogs(page);
}

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
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    extension = await launchWithExtension();
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
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

    // The hover card on a web page speaks Chinese too, read inside its frame as a reader gets it;
    // the entry's name and its Chinese name are the graph's own.
    const article = await extension.context.newPage();
    await article.setViewportSize({ width: 900, height: 420 });
    const articleErrors = watchPageErrors(article);
    await article.goto(server.url('/article.html'));
    await waitForHighlights(article, (texts) => texts.authority.includes('CAC'));
    const [zhCard] = await hoverCac(article);
    expect(zhCard!.name).toBe(cac.name);
    expect(zhCard!.text).toEqual(expect.arrayContaining([cac.name, '在侧边栏中打开']));
    expect(zhCard!.text.join('\n')).toContain('监管机构');
    expect(zhCard!.text.join('\n')).toMatch(/^国家级监管机构；TMT Lens 收录其发布的文件 \d+ 份。$/m);
    expect(zhCard!.text.join('\n')).not.toMatch(/Open in side panel|Regulator|National-level/);
    const frame = cardFrameOf(article)!;
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await (await frame.frameElement()).getAttribute('title')).toBe('TMT Lens 卡片');
    await article.screenshot({ path: resolve(SCREENSHOTS, 'card-zh.png') });

    // Back to Automatic: the English browser's language again, on every open page, and on the next card.
    await options.getByLabel('TMT Lens 的语言').selectOption('auto');
    await options.getByRole('heading', { name: 'Import a newsletter' }).waitFor();
    await panel.getByRole('button', { name: 'Filters' }).waitFor();
    await popup.getByRole('combobox', { name: 'Search TMT Lens' }).waitFor();
    expect(await documentLanguage(panel)).toBe('en');
    const [enCard] = await hoverCac(article);
    expect(enCard!.text).toEqual(expect.arrayContaining([cac.name, 'Open in side panel']));
    expect(enCard!.text.join('\n')).toMatch(/^National-level regulator; \d+ documents issued in TMT Lens\.$/m);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await (await frame.frameElement()).getAttribute('title')).toBe('TMT Lens card');
    expect([...errors, ...popupErrors, ...panelErrors, ...articleErrors]).toEqual([]);
    await Promise.all([options.close(), popup.close(), panel.close(), article.close()]);
  });
});
