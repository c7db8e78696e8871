/**
 * The built Firefox add-on in real Firefox (Debian's firefox-esr): highlights on a page, the
 * hover card, popup search, and the side bar and options pages opened as extension pages in
 * tabs (the real sidebar and toolbar popup are browser chrome that no client can drive).
 * Every test ends with no error from the add-on's pages, its background or the page.
 */
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { centreOfWordsInPage, highlightTextsInPage, type HighlightTexts } from '../e2e/page-helpers';
import { EXTENSION_ORIGIN, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';

let firefox: FirefoxWithExtension;
let server: FixtureServer;
const open: Page[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefoxWithExtension();
});

afterEach(async () => {
  // Errors are printed by Firefox as they happen; give the last ones a moment to arrive.
  await new Promise((done) => setTimeout(done, 300));
  expect(firefox.errors()).toEqual([]);
  await Promise.all(open.splice(0).map((page) => page.close()));
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function newPage(url: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  open.push(page);
  await page.goto(url);
  return page;
}

async function extensionPage(path: 'popup.html' | 'sidepanel.html' | 'options.html', query = ''): Promise<Page> {
  const page = await firefox.openExtensionPage(path, query);
  open.push(page);
  return page;
}

async function waitForHighlights(page: Page, predicate: (texts: HighlightTexts) => boolean): Promise<HighlightTexts> {
  const deadline = Date.now() + 15_000;
  let last = await page.evaluate(highlightTextsInPage);
  while (!predicate(last)) {
    if (Date.now() > deadline) throw new Error(`highlights never matched; last seen ${JSON.stringify(last)}`);
    await new Promise((done) => setTimeout(done, 100));
    last = await page.evaluate(highlightTextsInPage);
  }
  return last;
}

describe('the Firefox add-on on a web page', () => {
  it('highlights the names on an article, read from CSS.highlights, and nothing more', async () => {
    const page = await newPage(server.url('/article.html'));
    const texts = await waitForHighlights(page, (t) => t.document.length > 0 && t.case.length > 0);
    expect(texts.authority).toEqual(['Cyberspace Administration of China', 'CAC', 'National Information Security Standardization Technical Committee', 'TC260', 'MIIT', 'State Administration for Market Regulation', 'SAMR', 'Beijing Internet Court']);
    expect(texts.document).toEqual(['Measures for Security Assessment of Outbound Data Transfers', 'Data Security Law']);
    expect(texts.case).toEqual(['AI Sound Infringement Case']);
    // The page's DOM is not changed: the only element TMT Lens adds is the card's host (a div under
    // <html>), and none is there before a hover.
    expect(await page.evaluate(() => [...document.documentElement.children].map((child) => child.localName))).toEqual(['head', 'body']);
  });

  it('shows the hover card for a name the pointer rests on', async () => {
    const page = await newPage(server.url('/article.html'));
    await waitForHighlights(page, (t) => t.authority.includes('CAC'));
    const box = await page.evaluate(centreOfWordsInPage, 'Cyberspace');
    await page.mouse.move(box.x, box.y);
    await page.mouse.move(box.x + 2, box.y);
    // What the page can see is the card's host, a div under <html>, over the text just under the
    // name; the card itself is drawn in the add-on's own frame inside the host's closed shadow root.
    const host = await page.waitForFunction(
      (point) => {
        const under = document.elementFromPoint(point.x, point.y + 40);
        return under?.localName === 'div' && under.parentElement === document.documentElement && under.matches(':popover-open');
      },
      { timeout: 10_000 },
      box,
    );
    expect(host).toBeTruthy();
    expect(await page.evaluate((point) => document.elementFromPoint(point.x, point.y + 40)?.shadowRoot ?? null, box)).toBeNull();
    const card = await cardFrame(page);
    expect(await card.evaluate(() => location.origin)).toBe(EXTENSION_ORIGIN);
    expect(await card.evaluate(() => document.getElementById('card')?.getAttribute('aria-label'))).toBe('Cyberspace Administration of China');
    const text = await card.evaluate(() => document.getElementById('card')?.textContent ?? '');
    expect(text).toContain('Regulator');
    expect(text).toContain('Open in side panel');
    // Firefox's find in page reads the page's own rendered text (the name is in the article), but
    // not the card's: its frame is another origin's document.
    const found = await page.evaluate(() => {
      const find = (text: string) => (window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }).find(text, true, false, true);
      return { name: find('Cyberspace Administration of China'), kind: find('Regulator'), button: find('Open in side panel'), absent: find('Ministry of Magic') };
    });
    expect(found).toEqual({ name: true, kind: false, button: false, absent: false });
    // Nor can the page reach the frame: it is not among its frames.
    expect(await page.evaluate(() => window.frames.length)).toBe(0);
  });

  it('stops on a page that keeps closing the card (Firefox has no trackVisibility: the timed checks find it)', async () => {
    const page = await newPage(server.url('/article.html'));
    await waitForHighlights(page, (t) => t.authority.includes('CAC'));
    const box = await centreOf(page, 'Cyberspace');
    await page.mouse.move(box.x, box.y);
    await page.mouse.move(box.x + 2, box.y);
    await cardFrame(page);
    await page.evaluate(() => {
      setInterval(() => {
        const host = document.documentElement.lastElementChild as HTMLElement | null;
        if (host?.matches(':popover-open')) host.hidePopover();
      }, 50);
    });
    // Its highlights go, and with them the card's host.
    await waitForHighlights(page, (t) => t.authority.length + t.document.length + t.case.length === 0);
    expect(await page.evaluate(() => [...document.documentElement.children].map((child) => child.localName))).toEqual(['head', 'body']);
  });
});

/** The centre of `word` in the first paragraph, in viewport coordinates. */
async function centreOf(page: Page, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    const text = document.getElementById('p1')!.firstChild as Text;
    const range = document.createRange();
    const start = text.data.indexOf(wanted);
    range.setStart(text, start);
    range.setEnd(text, start + wanted.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, word);
}

/** The hover card's frame (the add-on's card page), once it has drawn a card. */
async function cardFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    // The frame's navigation is not reported (as for every extension page): its document says where it is.
    for (const frame of page.frames().filter((candidate) => candidate !== page.mainFrame())) {
      const drawn = await frame.evaluate(() => location.href.startsWith('moz-extension:') && location.pathname === '/card.html' && document.getElementById('card')?.hidden === false).catch(() => false);
      if (drawn) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no card frame among ${page.frames().map((candidate) => candidate.url()).join(', ')}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('the Firefox add-on’s own pages', () => {
  it('searches from the popup as you type', async () => {
    const page = await extensionPage('popup.html');
    await page.waitForFunction(() => document.activeElement?.id === 'popup-query');
    await page.keyboard.type('cac');
    await page.waitForSelector('[role="option"]');
    const first = await page.$eval('[role="option"]', (option) => option.textContent ?? '');
    expect(first).toContain('Cyberspace Administration of China');
    // Nothing matches a word no name has: the list empties and says what to try.
    await page.click('#popup-query', { count: 3 });
    await page.keyboard.type('qqzxv');
    await page.waitForFunction(() => document.querySelectorAll('[role="option"]').length === 0 && document.body.textContent?.includes('Nothing matches'));
  });

  it('shows an entry with its graph on the side bar page', async () => {
    const page = await extensionPage('sidepanel.html', '?id=authority:cac');
    await page.waitForSelector('article.entry[data-entry-id="authority:cac"]', { timeout: 15_000 });
    expect(await page.$eval('#entry-title', (title) => title.textContent)).toBe('Cyberspace Administration of China');
    await page.waitForSelector('.graph-view-canvas[data-graph-ready^="authority:cac|"]', { timeout: 15_000 });
    const drawn = await page.$$eval('.graph-node-list li[data-entry-id]', (items) => items.length);
    expect(drawn).toBeGreaterThan(1);
  });

  it('opens the options page with its imports and backup sections', async () => {
    const page = await extensionPage('options.html');
    await page.waitForSelector('aria/Your imports[role="heading"]', { timeout: 15_000 });
    const headings = await page.$$eval('h2', (items) => items.map((item) => item.textContent ?? ''));
    expect(headings).toEqual(expect.arrayContaining(['Your imports']));
    expect(await page.$('aria/Download backup[role="button"]')).not.toBeNull();
  });
});
