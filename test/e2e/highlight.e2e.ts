import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, launchWithExtension, launchWithoutExtension, readSessionStorage, watchPageErrors, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { all, CARD_HOST, cardFrameOf, centreOfWords, pageMarkup, readHighlights, visibleDialogs, waitForHighlights } from './page-helpers';
import { BENCH_EXTENSION_DIR, FIXTURES_DIR } from './paths';
import { NewsApp } from './fixtures/react-app';

/** A browser without the extension: the reference for "the page is unchanged". */

function bigArticle(): string {
  const paragraphs: string[] = [];
  const names = ['Cyberspace Administration of China', 'MIIT', 'TC260', 'Measures for Security Assessment of Outbound Data Transfers', 'Data Security Law', 'State Administration for Market Regulation'];
  let size = 0;
  for (let index = 0; size < 2_000_000; index++) {
    const paragraph = `<p>Paragraph ${index}: regulators met again this week. The <a href="#">${names[index % names.length]}</a> said more rules on platforms, data and content are coming, and analysts expect further guidance over the coming months.</p>`;
    paragraphs.push(paragraph);
    size += paragraph.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big</title></head><body><article>${paragraphs.join('\n')}</article></body></html>`;
}

describe('highlighting on real pages', () => {
  let extension: ExtensionBrowser;
  let plain: Browser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    const bundle = await build({ entryPoints: [`${FIXTURES_DIR}/react-app.tsx`], bundle: true, write: false, format: 'iife', jsx: 'automatic', minify: true, define: { 'process.env.NODE_ENV': '"production"' } });
    server.route('/react-app.js', bundle.outputFiles[0]!.text, 'text/javascript');
    server.route('/react.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React</title></head><body><div id="root">${renderToString(createElement(NewsApp))}</div><script src="/react-app.js"></script></body></html>`);
    server.route('/big.html', bigArticle());
    // The bench build: some tests read its `tmt-lens:*` performance entries to see when work was done.
    extension = await launchWithExtension(BENCH_EXTENSION_DIR);
    plain = await launchWithoutExtension();
  });
  afterAll(async () => {
    await extension?.close();
    await plain?.close();
    await server?.close();
  });

  /** Loads a page with and without the extension; returns the extension's page, errors, and both DOMs. */
  async function visit(path: string, settle: (page: Page) => Promise<void> = async () => undefined) {
    const reference = await plain.newPage();
    const referenceErrors = watchPageErrors(reference);
    await reference.goto(server.url(path));
    await settle(reference);
    const page = await extension.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(server.url(path));
    await settle(page);
    return { page, errors, referenceErrors, referenceMarkup: await pageMarkup(reference), close: () => Promise.all([page.close(), reference.close()]) };
  }

  function newErrors(errors: string[], reference: string[]): string[] {
    return errors.filter((error) => !reference.includes(error));
  }

  it('marks names on a static article, including one split across a link, and nothing more', async () => {
    const { page, errors, referenceErrors, referenceMarkup, close } = await visit('/article.html');
    const texts = await waitForHighlights(page, (t) => t.document.length > 0);
    expect(texts.authority).toEqual(['Cyberspace Administration of China', 'CAC', 'National Information Security Standardization Technical Committee', 'TC260', 'MIIT', 'State Administration for Market Regulation', 'SAMR', 'Beijing Internet Court']);
    expect(texts.document).toEqual(['Measures for Security Assessment of Outbound Data Transfers', 'Data Security Law']);
    expect(texts.case).toEqual(['AI Sound Infringement Case']);
    expect(all(texts)).not.toContain('cac');
    expect(await pageMarkup(page)).toBe(referenceMarkup);
    expect(newErrors(errors, referenceErrors)).toEqual([]);
    await close();
  });

  it('survives a server-rendered React page that hydrates and re-renders', async () => {
    const { page, errors, referenceErrors, close } = await visit('/react.html', async (p) => {
      await p.waitForSelector('li');
    });
    await waitForHighlights(page, (t) => t.authority.includes('Supreme People’s Court'));
    await page.click('button');
    await page.waitForSelector('li:nth-child(2)');
    const texts = await waitForHighlights(page, (t) => t.authority.includes('SAMR'));
    expect(texts.authority).toEqual(expect.arrayContaining(['Cyberspace Administration of China', 'CAC', 'MIIT', 'Supreme People’s Court', 'SAMR']));
    expect(newErrors(errors, referenceErrors), `errors with the extension: ${JSON.stringify(errors)}; without: ${JSON.stringify(referenceErrors)}`).toEqual([]);
    await close();
  });

  it('follows content appended as the reader scrolls', async () => {
    const { page, close } = await visit('/infinite.html');
    await waitForHighlights(page, (t) => t.authority.includes('MIIT'));
    for (let step = 0; step < 3; step++) {
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(250);
    }
    const texts = await waitForHighlights(page, (t) => t.authority.includes('Supreme People’s Court'));
    // The first story is screens above now, so it is out of the registry (only what is near the
    // viewport is painted); it is painted again as soon as the reader goes back up.
    expect(texts.authority).not.toContain('MIIT');
    // Each appended story is painted when the reader comes to it (the stories are 1,200 px
    // apart, more than the margin painted around the viewport).
    for (const name of ['TC260', 'State Administration for Market Regulation']) {
      await page.evaluate((text) => [...document.querySelectorAll('#feed p')].find((p) => p.textContent!.includes(text))!.scrollIntoView({ block: 'center' }), name);
      expect((await waitForHighlights(page, (t) => t.authority.includes(name))).authority).toContain(name);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    expect((await waitForHighlights(page, (t) => t.authority.includes('MIIT'))).authority).toContain('MIIT');
    await close();
  });

  it('leaves inputs, textareas, editors, scripts and hidden text alone', async () => {
    const { page, referenceMarkup, close } = await visit('/form.html');
    const texts = await waitForHighlights(page, (t) => t.authority.length > 1);
    // Attribute values are matched as browsers do, whatever their case: "FALSE" is not editable.
    expect(texts.authority).toEqual(['CAC', 'CNNIC']);
    await page.click('#editor p');
    await page.keyboard.type(' and the MIIT');
    await page.waitForTimeout(400);
    expect((await readHighlights(page)).authority).toEqual(['CAC', 'CNNIC']);
    await page.close();
    expect(referenceMarkup).toContain('The SAMR in an editor');
    await close();
  });

  it('covers same-origin iframes and open shadow roots', async () => {
    const framed = await visit('/iframe.html');
    await waitForHighlights(framed.page, (t) => t.authority.includes('MIIT'));
    const frame = framed.page.frame({ url: /article\.html/ });
    expect(frame).not.toBeNull();
    const inner = await waitForHighlights({ evaluate: (fn: never) => frame!.evaluate(fn) } as unknown as Page, (t) => t.document.length > 0);
    expect(inner.authority).toContain('CAC');
    await framed.close();

    const shadow = await visit('/shadow.html');
    const texts = await waitForHighlights(shadow.page, (t) => t.authority.includes('State Administration for Market Regulation'));
    expect(texts.authority).toEqual(['CAC', 'State Administration for Market Regulation']);
    await shadow.close();
  });

  it('decodes its dictionary in a frame only once the frame has text', async () => {
    server.route('/empty-frame.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body><img alt=""></body></html>');
    server.route('/frame-host.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><p>The MIIT and the CAC.</p><iframe src="/empty-frame.html" width="400" height="200"></iframe></body></html>');
    const { page, close } = await visit('/frame-host.html');
    const decodes = (target: Pick<Page, 'evaluate'>) => target.evaluate(() => performance.getEntriesByName('tmt-lens:matcher-ready').length);
    await waitForHighlights(page, (t) => t.authority.length === 2);
    const frame = page.frame({ url: /empty-frame\.html/ });
    expect(frame).not.toBeNull();
    await page.waitForTimeout(500);
    expect(await decodes(page)).toBe(1);
    expect(await decodes(frame!)).toBe(0);

    // Text arriving later is highlighted: the dictionary is decoded then.
    await frame!.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Rules of the SAMR.' })));
    const framed = { evaluate: (fn: never) => frame!.evaluate(fn), waitForTimeout: (ms: number) => page.waitForTimeout(ms) } as unknown as Page;
    expect((await waitForHighlights(framed, (t) => t.authority.length > 0)).authority).toEqual(['SAMR']);
    expect(await decodes(frame!)).toBe(1);
    await close();
  });

  it('decodes its dictionary before the pass on a page whose text is all in shadow roots', async () => {
    server.route('/shadow-only.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Components</title></head><body><news-card></news-card><script src="/shadow.js"></script></body></html>');
    const { page, close } = await visit('/shadow-only.html');
    await waitForHighlights(page, (t) => t.authority.length > 0);
    const timing = await page.evaluate(() => {
      const ready = performance.getEntriesByName('tmt-lens:matcher-ready')[0]!;
      const pass = performance.getEntriesByName('tmt-lens:highlight-pass')[0]!;
      return { readyEnd: ready.startTime + ready.duration, passStart: pass.startTime };
    });
    // Decoding inside the pass's first slice would make that slice a long one.
    expect(timing.readyEnd).toBeLessThanOrEqual(timing.passStart);
    await close();
  });

  it('marks a name many countries share ("Supreme Court") only once the page shows it is about China', async () => {
    server.route(
      '/uk-news.html',
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prisons</title></head><body>' +
        '<p>The Ministry of Justice said prisons in England were nearly full.</p><p>The Supreme Court will hear the appeal in May.</p>' +
        '<div id="more"></div></body></html>',
    );
    const { page, close } = await visit('/uk-news.html');
    await page.waitForFunction(() => performance.getEntriesByName('tmt-lens:highlight-pass').length > 0);
    await page.waitForTimeout(300);
    expect(all(await readHighlights(page))).toEqual([]);

    // The same page goes on about China: the names held back are painted, and new ones too.
    await page.evaluate(() => {
      const more = document.getElementById('more')!;
      more.append(Object.assign(document.createElement('p'), { textContent: 'In China, the State Council issued new rules.' }));
    });
    const texts = await waitForHighlights(page, (t) => t.authority.length === 3);
    expect(texts.authority).toEqual(['Ministry of Justice', 'Supreme Court', 'State Council']);
    await close();

    // A page that names China in its title gets them at once.
    server.route('/china-news.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>China court news</title></head><body><p>The Supreme Court released typical cases.</p></body></html>');
    const titled = await visit('/china-news.html');
    expect((await waitForHighlights(titled.page, (t) => t.authority.length > 0)).authority).toEqual(['Supreme Court']);
    await titled.close();
  });

  it('judges each view of a single-page app afresh; an acronym ("CAC") is no sign of China, and an everyday one ("MPS") waits for one', async () => {
    server.route(
      '/spa.html',
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Court news</title></head><body>' +
        '<main id="view"><p>In Beijing, the Supreme Court released typical cases.</p></main></body></html>',
    );
    const { page, close } = await visit('/spa.html');
    await waitForHighlights(page, (t) => t.authority.includes('Supreme Court'));
    // The app shows another story, as routers do: the URL first, then the title and the view.
    const show = (path: string, title: string, text: string) =>
      page.evaluate(
        (view) => {
          history.pushState({}, '', view.path);
          document.title = view.title;
          document.getElementById('view')!.replaceChildren(Object.assign(document.createElement('p'), { textContent: view.text }));
        },
        { path, title, text },
      );
    await show('/spa/uk', 'Appeals', 'The Supreme Court will hear the appeal, the MPS said; the CAC had no comment.');
    const uk = await waitForHighlights(page, (t) => t.authority.length === 1 && t.authority[0] === 'CAC');
    expect(uk.authority).toEqual(['CAC']);
    await page.waitForTimeout(600);
    expect((await readHighlights(page)).authority).toEqual(['CAC']);

    await show('/spa/cn', 'China court news', 'The Supreme Court, the MPS and the CAC issued rules.');
    const cn = await waitForHighlights(page, (t) => t.authority.length === 3);
    expect(cn.authority).toEqual(['Supreme Court', 'MPS', 'CAC']);
    await close();
  });

  it('works under a strict Content-Security-Policy without errors', async () => {
    const { page, errors, referenceErrors, close } = await visit('/csp-strict.html');
    const texts = await waitForHighlights(page, (t) => t.authority.length >= 2);
    expect(texts.authority).toEqual(['Cyberspace Administration of China', 'TC260']);
    // The card's frame is the extension's own page, which the page's policy (no frames) does not govern.
    const at = await centreOfWords(page, 'TC260');
    await page.mouse.move(at.x, at.y);
    await page.mouse.move(at.x + 1, at.y);
    await expect.poll(async () => (await visibleDialogs(page)).length, { timeout: 5_000 }).toBe(1);
    expect(newErrors(errors, referenceErrors)).toEqual([]);
    await close();
  });

  // The registry holds only what is near the viewport (issue 23: every registered range costs the
  // page on each DOM change), so "completely" is read from the index, through the side panel's
  // reveal request, which counts every occurrence on the page, and by scrolling to the last one.
  it('highlights a 2 MB page completely without changing it, registering only what is near the viewport', async () => {
    const { page, errors, referenceErrors, referenceMarkup, close } = await visit('/big.html');
    await page.bringToFront();
    await page.waitForFunction(() => performance.getEntriesByName('tmt-lens:highlight-pass').length > 0, null, { timeout: 30_000 });
    const texts = await waitForHighlights(page, (t) => all(t).length > 0, 30_000);
    const paragraphs = await page.locator('p').count();
    expect(all(texts).length).toBeLessThan(paragraphs / 20);
    const tabId = await activeTabId(extension.serviceWorker);
    const reveal = (occurrence: number) =>
      extension.serviceWorker.evaluate(
        async ([tab, nth]) => {
          const { chrome } = globalThis as unknown as { chrome: { tabs: { sendMessage(tab: number, message: object, options: object): Promise<{ res?: { found: boolean; total: number } }> } } };
          const reply = await chrome.tabs.sendMessage(tab, { id: 1, type: 'revealMention', data: { id: 'authority:cac', occurrence: nth }, timestamp: Date.now() }, { frameId: 0 });
          return reply.res;
        },
        [tabId!, occurrence] as const,
      );
    const cacParagraphs = await page.locator('p a', { hasText: 'Cyberspace Administration of China' }).count();
    expect(cacParagraphs).toBeGreaterThan(1000);
    expect(await reveal(0)).toEqual({ found: true, total: cacParagraphs });
    // The last occurrence, a megabyte and more below, is scrolled to and painted there.
    expect(await reveal(cacParagraphs - 1)).toEqual({ found: true, total: cacParagraphs });
    await expect
      .poll(async () => page.evaluate(() => {
        const links = [...document.querySelectorAll('p a')].filter((link) => link.textContent === 'Cyberspace Administration of China');
        const last = links.at(-1)!.firstChild;
        return [...(CSS.highlights.get('tmt-lens-authority') ?? [])].some((range) => range.startContainer === last);
      }), { timeout: 10_000 })
      .toBe(true);
    expect(await pageMarkup(page)).toBe(referenceMarkup);
    expect(newErrors(errors, referenceErrors)).toEqual([]);
    await close();
  });

  it('sends nothing off the device: every request of a visit goes to the page’s own server or the extension’s card page', async () => {
    const requests: string[] = [];
    const record = (request: { url(): string }) => requests.push(request.url());
    extension.context.on('request', record);
    const page = await extension.context.newPage();
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page, (t) => t.authority.includes('CAC'));
    const box = await page.locator('#p1').boundingBox();
    await page.mouse.move((box?.x ?? 0) + 60, (box?.y ?? 0) + 8);
    await page.waitForTimeout(800);
    extension.context.off('request', record);
    await page.close();
    const origin = new URL(server.url('/')).origin;
    expect(requests.length).toBeGreaterThan(0);
    // The hover card's frame loads from inside the extension (at Chrome's per-session address,
    // which leads to the extension's own): its page, script and stylesheet, nothing else.
    const extensionFiles = requests.filter((url) => url.startsWith('chrome-extension://')).map((url) => new URL(url).pathname);
    expect([...new Set(extensionFiles)].sort()).toEqual(['/card-frame.js', '/card.css', '/card.html']);
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('chrome-extension://'))).toEqual([]);
  });

  it('shows a card on hover and opens the side panel on click', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page, (t) => t.authority.includes('CAC'));
    const box = await centreOfWords(page, 'Cyberspace');
    await page.mouse.move(box.x, box.y);
    await page.mouse.move(box.x + 2, box.y);
    const card = page.locator(CARD_HOST);
    await card.waitFor({ state: 'attached', timeout: 5_000 });
    // The card's shadow root is closed: the page sees an empty element, the user sees the card,
    // drawn in a frame of the extension's own.
    expect(await card.evaluate((host) => host.shadowRoot)).toBeNull();
    await expect.poll(async () => (await visibleDialogs(page)).map((dialog) => dialog.name), { timeout: 5_000 }).toEqual(['Cyberspace Administration of China']);
    const [shown] = await visibleDialogs(page);
    expect(shown?.text).toEqual(expect.arrayContaining(['Cyberspace Administration of China', 'Open in side panel']));
    expect(shown?.text.join(' ')).toMatch(/Regulator/);
    // Below the name, inside the window.
    const frameBox = await (await cardFrameOf(page)!.frameElement()).boundingBox();
    expect(frameBox!.y).toBeGreaterThan(box.y);
    expect(frameBox!.x + frameBox!.width).toBeLessThanOrEqual(1200);
    await page.mouse.click(box.x, box.y);
    await expect
      .poll(async () => ((await readSessionStorage(extension.serviceWorker, 'sidePanelTarget')) as { id?: string } | null)?.id, { timeout: 5_000 })
      .toBe('authority:cac');
    await page.close();
  });

  it('shows the card on a page drawn in grey, faded or zoomed as a whole, which is no attempt to hide it', async () => {
    for (const style of ['filter: grayscale(100%)', 'opacity: 0.9', 'zoom: 1.25']) {
      const page = await extension.context.newPage();
      await page.goto(server.url('/article.html'));
      await page.evaluate((css) => document.documentElement.setAttribute('style', css), style);
      await waitForHighlights(page, (t) => t.authority.includes('MIIT'));
      const at = await centreOfWords(page, 'MIIT');
      await page.mouse.move(at.x, at.y);
      await page.mouse.move(at.x + 1, at.y);
      await expect.poll(async () => (await visibleDialogs(page)).length, { timeout: 5_000 }).toBe(1);
      await page.waitForTimeout(1000);
      expect((await visibleDialogs(page)).length).toBe(1);
      expect(all(await readHighlights(page))).toContain('MIIT');
      await page.close();
    }
  });

  it('keeps the card up while the pointer is on it, and its button opens the side panel', async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page, (t) => t.authority.includes('MIIT'));
    const box = await centreOfWords(page, 'MIIT');
    await page.mouse.move(box.x, box.y);
    await page.mouse.move(box.x + 2, box.y);
    await expect.poll(async () => (await visibleDialogs(page)).map((dialog) => dialog.name), { timeout: 5_000 }).toEqual(['Ministry of Industry and Information Technology']);
    const frame = cardFrameOf(page)!;
    const button = await frame.getByRole('button', { name: 'Open in side panel' }).boundingBox();
    // The pointer travels onto the card and rests there, longer than the hover delay.
    await page.mouse.move(button!.x + 4, button!.y - 4, { steps: 5 });
    await page.waitForTimeout(1000);
    expect((await visibleDialogs(page)).map((dialog) => dialog.name)).toEqual(['Ministry of Industry and Information Technology']);
    // Back onto the name, resting there: the card stays.
    await page.mouse.move(box.x, box.y, { steps: 5 });
    await page.waitForTimeout(1000);
    expect((await visibleDialogs(page)).map((dialog) => dialog.name)).toEqual(['Ministry of Industry and Information Technology']);
    await page.mouse.move(button!.x + 4, button!.y - 4, { steps: 5 });
    await page.mouse.click(button!.x + button!.width / 2, button!.y + button!.height / 2);
    await expect
      .poll(async () => ((await readSessionStorage(extension.serviceWorker, 'sidePanelTarget')) as { id?: string } | null)?.id, { timeout: 5_000 })
      .toBe('authority:miit');
    // Escape in the card closes it.
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await visibleDialogs(page)).length, { timeout: 5_000 }).toBe(0);
    await page.close();
  });
});
