/**
 * The popup in the built extension: search as you type, keyboard navigation, opening the
 * side panel on the chosen entry, and the highlighting switches acting on a real tab.
 * The popup is opened as a tab (`popup.html?tabId=N` names the page it acts on). Expected
 * hits are computed at run time from the bundled graph with the same search code, so the
 * test follows the data as the parser improves.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundledData } from '../../lib/build/bundled-data';
import type { Graph } from '../../lib/graph/schema';
import { searchEntries } from '../../lib/search/search-entries';
import { buildSearchIndexJson, loadSearchIndex, type SearchIndex } from '../../lib/search/search-index';
import { activeTabId, launchWithExtension, readSessionStorage, watchPageErrors, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { all, readHighlights, waitForHighlights } from './page-helpers';
import { BENCH_EXTENSION_DIR, ROOT } from './paths';

let extension: ExtensionBrowser;
let server: FixtureServer;
let graph: Graph;
let index: SearchIndex;

interface Target {
  id?: string;
  view: 'entry' | 'page';
  tabId?: number;
  at: number;
}

beforeAll(async () => {
  graph = JSON.parse(buildBundledData(resolve(ROOT, 'seeds')).graphJson) as Graph;
  index = loadSearchIndex(buildSearchIndexJson(graph));
  server = await startFixtureServer();
  // The bench build: some tests read its `tmt-lens:*` performance entries to see when work was done.
  extension = await launchWithExtension(BENCH_EXTENSION_DIR);
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** The id of the tab showing `page` (read as the active tab: its URL would need the "tabs" permission). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const tabId = await activeTabId(extension.serviceWorker);
  if (typeof tabId !== 'number') throw new Error('no active tab');
  return tabId;
}

async function sidePanelTarget(): Promise<Target | undefined> {
  return (await readSessionStorage(extension.serviceWorker, 'sidePanelTarget')) as Target | undefined;
}

async function openPopup(tabId?: number): Promise<{ page: Page; errors: string[] }> {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 380, height: 520 });
  const errors = watchPageErrors(page);
  await page.goto(`chrome-extension://${extension.extensionId}/popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
  return { page, errors };
}

const input = (page: Page) => page.getByRole('combobox', { name: 'Search TMT Lens' });
const options = (page: Page) => page.getByRole('option');

describe('popup search', () => {
  it('has the input focused on open, and searches as you type', async () => {
    const { page, errors } = await openPopup();
    await page.waitForFunction(() => document.activeElement?.id === 'popup-query');
    await page.keyboard.type('cac');
    await options(page).first().waitFor();
    const expected = searchEntries(index, 'cac', { limit: 20 });
    expect(expected[0]?.id).toBe('authority:cac');
    await expect(options(page).count()).resolves.toBe(expected.length);
    await expect(options(page).first().textContent()).resolves.toContain('Cyberspace Administration of China');
    // The query's words are emphasised with <mark>, as text.
    await input(page).fill('cyberspace admin');
    await expect.poll(() => page.locator('[role="option"] mark').first().textContent()).toBe('Cyberspace');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves with the arrow keys and opens the chosen entry in the side panel with Enter', async () => {
    const article = await extension.context.newPage();
    await article.goto(server.url('/article.html'));
    const tabId = await tabIdOf(article);
    const { page, errors } = await openPopup(tabId);
    await input(page).fill('tc260');
    await options(page).first().waitFor();
    const expected = searchEntries(index, 'tc260', { limit: 20 }).map((hit) => hit.id);
    expect(expected.length).toBeGreaterThan(1);

    const activeOption = () =>
      page.evaluate(() => {
        const box = document.querySelector('[role="combobox"]');
        const active = document.getElementById(box?.getAttribute('aria-activedescendant') ?? '');
        return { id: active?.id, selected: active?.getAttribute('aria-selected') };
      });
    await expect(activeOption()).resolves.toEqual({ id: 'popup-result-0', selected: 'true' });
    await page.keyboard.press('ArrowDown');
    await expect(activeOption()).resolves.toEqual({ id: 'popup-result-1', selected: 'true' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(activeOption()).resolves.toEqual({ id: 'popup-result-1', selected: 'true' });

    const before = Date.now();
    const closed = page.waitForEvent('close', { timeout: 5_000 }).then(() => true, () => false);
    // The popup may close before the key press returns; that is the point.
    await page.keyboard.press('Enter').catch((error: unknown) => {
      if (!page.isClosed()) throw error;
    });
    await expect.poll(sidePanelTarget, { timeout: 5_000 }).toMatchObject({ id: expected[1], view: 'entry', tabId });
    expect((await sidePanelTarget())?.at).toBeGreaterThanOrEqual(before - 1000);
    // The popup closes itself once the request is handed over.
    await expect(closed).resolves.toBe(true);
    expect(errors).toEqual([]);
    await article.close();
  });

  it('clears with Escape, shows what to try, and closes on a second Escape', async () => {
    const { page } = await openPopup();
    await input(page).fill('miit');
    await options(page).first().waitFor();
    await page.keyboard.press('Escape');
    await expect(input(page).inputValue()).resolves.toBe('');
    await expect.poll(() => options(page).count()).toBe(0);
    await expect(page.getByText('Try', { exact: true }).isVisible()).resolves.toBe(true);
    const closed = page.waitForEvent('close', { timeout: 5_000 }).then(() => true, () => false);
    await page.keyboard.press('Escape').catch((error: unknown) => {
      if (!page.isClosed()) throw error;
    });
    await expect(closed).resolves.toBe(true);
  });

  it('offers example queries that each find something', async () => {
    const { page } = await openPopup();
    const examples = page.getByRole('list', { name: 'Try' }).getByRole('button');
    const labels = await examples.allTextContents();
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const label of labels) {
      await page.getByRole('button', { name: label, exact: true }).click();
      await options(page).first().waitFor({ timeout: 5_000 });
      await expect(input(page).inputValue()).resolves.toBe(label);
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('popup-query');
      await page.keyboard.press('Escape');
    }
    await page.close();
  });

  it('says what to try when nothing matches', async () => {
    const { page } = await openPopup();
    await input(page).fill('qqzxv');
    await page.getByText('Nothing matches').waitFor();
    await expect(page.getByText(/abbreviation/).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('answers nothing for what the graph lacks, offers the closest entries marked as such, and a way to import', async () => {
    const { page, errors } = await openPopup();
    await input(page).fill('Cybersecurity Law of Vietnam');
    await page.getByText('Nothing matches').waitFor();
    const closest = page.getByRole('listbox', { name: 'Closest entries, not a match' });
    await closest.getByRole('option').first().waitFor();
    expect(await closest.getByRole('option').first().textContent()).toContain('Has “cybersecurity law”, not “vietnam”');
    // No guess is chosen for Enter until the arrow keys choose one.
    expect(await input(page).getAttribute('aria-activedescendant')).toBeNull();
    await input(page).press('ArrowDown');
    expect(await input(page).getAttribute('aria-activedescendant')).not.toBeNull();
    // Every tip that mentions importing leads to the options page.
    const opened = extension.context.waitForEvent('page', { predicate: (tab) => tab.url().endsWith('/options.html') });
    await page.getByRole('button', { name: 'Import a newsletter' }).click();
    await (await opened).close();
    expect(errors).toEqual([]);
    if (!page.isClosed()) await page.close();
  });

  it('says why a result matched when its name does not show it, and links to the options page', async () => {
    const { page, errors } = await openPopup();
    await input(page).fill('CSL');
    await options(page).first().waitFor();
    expect(await options(page).first().textContent()).toContain('Abbreviation “CSL”');
    const opened = extension.context.waitForEvent('page', { predicate: (tab) => tab.url().endsWith('/options.html') });
    await page.getByRole('button', { name: 'Options & imports' }).click();
    await (await opened).close();
    expect(errors).toEqual([]);
    if (!page.isClosed()) await page.close();
  });

  it('finds a standard by its code and an entry despite a typo', async () => {
    const standard = graph.nodes.find((node) => node.type === 'document' && node.code);
    const { page } = await openPopup();
    if (standard?.type === 'document' && standard.code) {
      await input(page).fill(standard.code);
      await options(page).first().waitFor();
      await expect(options(page).first().textContent()).resolves.toContain(standard.name);
    }
    await input(page).fill('Cyberspace Administraton');
    // The code's results stay on screen until the new query's arrive: poll for the new first result.
    await expect.poll(() => options(page).first().textContent(), { timeout: 5_000 }).toContain('Cyberspace Administration of China');
    await page.close();
  });
});

describe('popup page controls', () => {
  it('counts what was recognised on the tab and opens "On this page"', async () => {
    const article = await extension.context.newPage();
    await article.goto(server.url('/article.html'));
    await waitForHighlights(article, (texts) => all(texts).length > 0);
    const tabId = await tabIdOf(article);
    const { page } = await openPopup(tabId);
    await page.getByText(/\d+ entr(y|ies) recognised on this page/).waitFor({ timeout: 10_000 });

    const before = Date.now();
    const closed = page.waitForEvent('close', { timeout: 5_000 }).then(() => true, () => false);
    // As with Enter, the popup closes itself once the request is handed over, maybe mid-click.
    await page.getByRole('button', { name: 'On this page' }).click().catch((error: unknown) => {
      if (!page.isClosed()) throw error;
    });
    await expect.poll(sidePanelTarget, { timeout: 5_000 }).toMatchObject({ view: 'page', tabId });
    await expect(closed).resolves.toBe(true);
    expect((await sidePanelTarget())?.at).toBeGreaterThanOrEqual(before - 1000);
    await article.close();
  });

  it('turns highlighting off and on again for the site, and the tab follows', async () => {
    const article = await extension.context.newPage();
    await article.goto(server.url('/article.html'));
    await waitForHighlights(article, (texts) => all(texts).length > 0);
    const tabId = await tabIdOf(article);
    const { page, errors } = await openPopup(tabId);

    const siteSwitch = page.getByRole('switch', { name: 'Highlight on 127.0.0.1' });
    await siteSwitch.waitFor({ timeout: 10_000 });
    await expect(siteSwitch.isChecked()).resolves.toBe(true);
    await siteSwitch.click();
    await expect(siteSwitch.isChecked()).resolves.toBe(false);
    await waitForHighlights(article, (texts) => all(texts).length === 0);
    await page.getByText('Highlighting is off on this site.').waitFor();

    // A page opened while the site is off does not even decode the dictionary.
    const decodes = (target: Page) => target.evaluate(() => performance.getEntriesByName('tmt-lens:matcher-ready').length);
    const another = await extension.context.newPage();
    await another.goto(server.url('/article.html'));
    await another.waitForTimeout(800);
    expect(await decodes(another)).toBe(0);
    expect(all(await readHighlights(another))).toEqual([]);

    // Let the tab's report from while it was off reach the popup (sent 0.8 s after the change, polled each second).
    await page.waitForTimeout(2_000);
    await siteSwitch.click();
    // Until the tab reports its new scan, the footer says it is looking, not that nothing is there.
    const summaries = new Set<string>();
    const summary = page.locator('.popup-page-summary');
    for (let deadline = Date.now() + 10_000; Date.now() < deadline; ) {
      const text = (await summary.textContent()) ?? '';
      summaries.add(text);
      if (/entries recognised/.test(text)) break;
      await page.waitForTimeout(50);
    }
    expect([...summaries].filter((text) => !/Highlighting is off on this site|Looking for names/.test(text))).toEqual([expect.stringMatching(/^\d+ entries recognised on this page$/)]);
    await waitForHighlights(article, (texts) => all(texts).length > 0);
    await waitForHighlights(another, (texts) => all(texts).length > 0);
    expect(await decodes(another)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
    await another.close();
    await article.close();
  });

  it('turns highlighting off and on again everywhere', async () => {
    const article = await extension.context.newPage();
    await article.goto(server.url('/article.html'));
    await waitForHighlights(article, (texts) => all(texts).length > 0);
    const tabId = await tabIdOf(article);
    const { page } = await openPopup(tabId);

    const everywhere = page.getByRole('switch', { name: 'Highlight on all sites' });
    await everywhere.click();
    await expect(everywhere.isChecked()).resolves.toBe(false);
    await waitForHighlights(article, (texts) => all(texts).length === 0);
    await expect(page.getByRole('switch', { name: /Highlight on 127\.0\.0\.1/ }).isDisabled()).resolves.toBe(true);

    await everywhere.click();
    await waitForHighlights(article, (texts) => all(texts).length > 0);
    await page.close();
    await article.close();
  });
});

describe('popup loading', () => {
  // A file the popup's scripts ask for waits until they have loaded and run: a second round
  // of requests before the first results. popup.html asks for all of them (see wxt.config.ts).
  it('requests every script its first results need from popup.html itself', async () => {
    const page = await extension.context.newPage();
    const cdp = await extension.context.newCDPSession(page);
    await cdp.send('Network.enable');
    const scripts: Array<{ file: string; initiator: string }> = [];
    cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
      if (request.url.endsWith('.js')) scripts.push({ file: request.url.split('/').pop() ?? '', initiator: initiator.type });
    });
    await page.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await input(page).fill('cac');
    await options(page).first().waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => script.initiator !== 'parser')).toEqual([]);
    await page.close();
  });
});
