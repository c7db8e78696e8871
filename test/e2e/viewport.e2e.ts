/**
 * The registry holds what is near the viewport: a long page scrolled shows newly visible names
 * painted within two frames, its own live parts keep working, and pathological pages (a 20 MB
 * text node, 200,000 text nodes, a mutation storm, 10,000 levels of nesting) still get names
 * painted without errors. (What they cost is measured by `npm run bench`, not asserted here.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, launchWithoutExtension, watchPageErrors, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { deepNestingPage, hugeTextNodePage, liveArticle, manyTextNodesPage, mutationStormPage } from './generated-pages';
import { all, readHighlights, waitForHighlights } from './page-helpers';
import { BENCH_EXTENSION_DIR } from './paths';

/** Names in the viewport that have no registered range (by the text node the name starts in). */
async function unpaintedInView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const painted = new Set<Node>();
    for (const type of ['authority', 'document', 'case']) for (const range of CSS.highlights.get(`tmt-lens-${type}`) ?? []) painted.add(range.startContainer);
    return [...document.querySelectorAll('article a')]
      .filter((link) => {
        const rect = link.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < innerHeight && !painted.has(link.firstChild!);
      })
      .map((link) => `${link.closest('p')?.id}: ${link.textContent}`);
  });
}

/** Scrolls by `pixels` and waits two frames: what a reader sees then must be painted. */
async function scrollAndWaitTwoFrames(page: Page, pixels: number): Promise<void> {
  await page.evaluate(async (by) => {
    window.scrollBy(0, by);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, pixels);
}

describe('painting what is near the viewport', () => {
  let extension: ExtensionBrowser;
  let plain: Browser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('/live.html', liveArticle());
    server.route('/huge-node.html', hugeTextNodePage());
    server.route('/many-nodes.html', manyTextNodesPage());
    server.route('/storm.html', mutationStormPage(3));
    server.route('/deep.html', deepNestingPage());
    // The bench build: the tests read its `tmt-lens:highlight-pass` entry to know the first pass is done.
    extension = await launchWithExtension(BENCH_EXTENSION_DIR);
    plain = await launchWithoutExtension();
  });
  afterAll(async () => {
    await extension?.close();
    await plain?.close();
    await server?.close();
  });

  /** The page's errors with the extension that the same page without it does not have. */
  async function errorsOnlyWithExtension(path: string, page: Page, errors: string[]): Promise<string[]> {
    const reference = await plain.newPage();
    const referenceErrors = watchPageErrors(reference);
    await reference.goto(server.url(path), { timeout: 120_000 });
    await reference.waitForTimeout(1000);
    await reference.close();
    return errors.filter((error) => !referenceErrors.includes(error));
  }

  it('paints names that scroll into view within two frames, and the page’s live parts keep working', async () => {
    const page = await extension.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(server.url('/live.html'));
    await page.waitForFunction(() => performance.getEntriesByName('tmt-lens:highlight-pass').length > 0, null, { timeout: 30_000 });
    await waitForHighlights(page, (texts) => all(texts).length > 0);
    const names = await page.locator('article a').count();
    // Only what is near the viewport is registered, not the page's 1,700 names.
    const registered = all(await readHighlights(page)).length;
    expect(registered).toBeGreaterThan(0);
    expect(registered).toBeLessThan(names / 4);

    const ticksBefore = await page.evaluate(() => (window as unknown as { pageStats: { ticks: number } }).pageStats.ticks);
    const missed: string[] = [];
    // Reading speed: most of a screen at a time, then a jump far down and back up.
    for (let step = 0; step < 25; step++) {
      await scrollAndWaitTwoFrames(page, 700);
      missed.push(...(await unpaintedInView(page)));
    }
    for (const jump of [40_000, -25_000]) {
      await scrollAndWaitTwoFrames(page, jump);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      missed.push(...(await unpaintedInView(page)));
    }
    expect(missed).toEqual([]);
    // Far from the viewport nothing stays registered: the count stays small after all that scrolling.
    expect(all(await readHighlights(page)).length).toBeLessThan(names / 4);

    // The page's clock and feed go on, and the feed's new names are painted.
    await page.evaluate(() => window.scrollTo(0, 0));
    // The feed posts once a second: on a quiet machine the scrolling above takes less than two.
    await page.waitForFunction(() => (window as unknown as { pageStats: { feed: number } }).pageStats.feed > 1, null, { timeout: 10_000 });
    const stats = await page.evaluate(() => ({ ...(window as unknown as { pageStats: { ticks: number; feed: number } }).pageStats, clock: document.getElementById('clock')!.textContent }));
    expect(stats.ticks).toBeGreaterThan(ticksBefore + 20);
    expect(stats.feed).toBeGreaterThan(1);
    expect(stats.clock).toContain(`#${stats.ticks}`);
    await expect
      .poll(async () => page.evaluate(() => {
        const first = document.querySelector('#feed li')?.firstChild;
        return [...(CSS.highlights.get('tmt-lens-authority') ?? [])].some((range) => range.startContainer === first);
      }), { timeout: 5_000 })
      .toBe(true);
    expect(await errorsOnlyWithExtension('/live.html', page, errors)).toEqual([]);
    await page.close();
  });

  it('paints a 20 MB text node near the viewport, without a RangeError, and follows scrolling inside it', async () => {
    const page = await extension.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(server.url('/huge-node.html'), { timeout: 120_000 });
    const texts = await waitForHighlights(page, (t) => t.authority.includes('Cyberspace Administration of China'), 60_000);
    expect(texts.authority.length).toBeLessThan(5000);
    // Whether a registered name lies on screen: measured in text offsets around the caret at the
    // viewport's middle (a range's rectangle deep in a 20 MB text node takes seconds to compute).
    const paintedNear = () => page.evaluate(() => {
      const caret = (document as Document & { caretPositionFromPoint(x: number, y: number): { offset: number } | null }).caretPositionFromPoint(40, innerHeight / 2);
      if (!caret) return false;
      return [...(CSS.highlights.get('tmt-lens-authority') ?? [])].some((range) => Math.abs(range.startOffset - caret.offset) < 3000);
    });
    expect(await paintedNear()).toBe(true);
    // Far down the same text node, the window of registered names has moved along.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await expect.poll(paintedNear, { timeout: 60_000 }).toBe(true);
    expect(await errorsOnlyWithExtension('/huge-node.html', page, errors)).toEqual([]);
    await page.close();
  }, 240_000);

  it('paints names on a page of 200,000 text nodes', async () => {
    const page = await extension.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(server.url('/many-nodes.html'), { timeout: 120_000 });
    await waitForHighlights(page, (t) => t.authority.includes('MIIT'), 60_000);
    expect(await page.evaluate(() => document.querySelectorAll('span').length)).toBe(100_000);
    expect(await errorsOnlyWithExtension('/many-nodes.html', page, errors)).toEqual([]);
    await page.close();
  }, 180_000);

  it('paints names added during a mutation storm once it calms down', async () => {
    const page = await extension.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(server.url('/storm.html'));
    await waitForHighlights(page, (t) => t.authority.includes('MIIT'));
    await page.waitForFunction(() => (window as unknown as { pageStats: { stormDone: boolean } }).pageStats.stormDone, null, { timeout: 20_000 });
    const texts = await waitForHighlights(page, (t) => t.authority.includes('State Administration for Market Regulation'), 20_000);
    expect(texts.authority).toEqual(expect.arrayContaining(['Cyberspace Administration of China', 'MIIT']));
    expect(await errorsOnlyWithExtension('/storm.html', page, errors)).toEqual([]);
    await page.close();
  }, 120_000);

  it('puts no script into about:blank and srcdoc frames, where highlighting is never on', async () => {
    server.route(
      '/blank-frames.html',
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body><p>The MIIT opened a consultation.</p>' +
        '<iframe src="about:blank"></iframe><iframe srcdoc="<p>The CAC</p>"></iframe><iframe src="/article.html"></iframe><script>' +
        'for (let index = 0; index < 20; index++) document.body.append(Object.assign(document.createElement("iframe"), { width: 20, height: 20 }));' +
        '</script></body></html>',
    );
    const page = await extension.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    // Every script world made in any frame of the page, by frame.
    const worlds: Array<{ name: string; frameId: string }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ name: context.name, frameId: (context.auxData as { frameId: string }).frameId }));
    await cdp.send('Runtime.enable');
    await page.goto(server.url('/blank-frames.html'));
    await waitForHighlights(page, (t) => t.authority.includes('MIIT'));
    const article = page.frame({ url: /article\.html/ })!;
    await waitForHighlights({ evaluate: (fn: never) => article.evaluate(fn) } as unknown as Page, (t) => t.authority.includes('CAC'));
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const frames = [frameTree.frame, ...(frameTree.childFrames ?? []).map((child) => child.frame)];
    const withScript = (url: string) => frames.filter((frame) => frame.url.startsWith(url) && worlds.some((world) => world.frameId === frame.id && world.name === 'TMT Lens')).length;
    expect(frames.filter((frame) => frame.url.startsWith('about:')).length).toBe(22);
    expect(withScript('about:')).toBe(0);
    // The script does run in the page and in its http frame.
    expect(withScript('http:')).toBe(2);
    await cdp.detach();
    await page.close();
  });

  it('paints a name 10,000 levels deep', async () => {
    const page = await extension.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(server.url('/deep.html'));
    expect(await page.evaluate(() => (window as unknown as { pageStats: { depth: number } }).pageStats.depth)).toBe(10_000);
    const texts = await waitForHighlights(page, (t) => t.document.includes('Data Security Law'), 20_000);
    expect(texts.authority).toEqual(['MIIT']);
    expect(await errorsOnlyWithExtension('/deep.html', page, errors)).toEqual([]);
    await page.close();
  });
});
