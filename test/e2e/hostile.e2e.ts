/**
 * A hostile web page against the built extension, in real Chromium: what the page can observe
 * and what it can make TMT Lens do. The fixture (fixtures/hostile.html + hostile.js) sets its
 * traps before the content script runs and records what it sees in `window.hostile`; it knows
 * the extension's id (a published extension's id is public), passed in the URL's fragment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, ElementHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, launchWithExtension, readSessionStorage, watchPageErrors, writeSessionStorage, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { all, cardFrameOf, readHighlights, visibleDialogs, waitForHighlights } from './page-helpers';
import { FIXTURES_DIR } from './paths';

const NEWSLETTER = readFileSync(join(FIXTURES_DIR, 'import-newsletter.txt'), 'utf8');
const QUANTUM = 'Measures for the Administration of Quantum Communication Services';
const QUANTUM_ID = 'document:measures-for-administration-of-quantum-communication-services';
const DSL_ID = 'document:data-security-law';
/** Longer than the hover delay (350 ms) and the side panel request's retries (1.75 s in all). */
const SETTLE_MS = 2500;
/** What the background answers a content script that asks for a card's words: nothing. */
const NO_ANSWER = { answer: null };

interface HostileRecord {
  messages: string[];
  performance: string[];
  idEvents: string[];
  attachShadowCalls: number;
  customCardBuilt: number;
  internals: number;
}

declare const hostile: HostileRecord;
declare function syntheticHover(id: string, word: string): void;
declare function syntheticClick(id: string, word: string): void;
declare function sendStopEvent(): void;
declare function centreOf(id: string, word: string): { clientX: number; clientY: number };

async function pointAt(page: Page, id: string, word: string): Promise<{ x: number; y: number }> {
  const { clientX, clientY } = await page.evaluate(([block, text]) => centreOf(block!, text!), [id, word]);
  return { x: clientX, y: clientY };
}

/** Moves the real (trusted) pointer onto a word and waits for the card the user would see. */
async function hoverForCard(page: Page, id: string, word: string): Promise<{ name: string; text: string[] }> {
  const at = await pointAt(page, id, word);
  await page.mouse.move(1, 1);
  await expect.poll(async () => (await visibleDialogs(page)).length, { timeout: 5_000 }).toBe(0);
  await page.mouse.move(at.x, at.y);
  await page.mouse.move(at.x + 2, at.y);
  await expect.poll(async () => (await visibleDialogs(page)).length, { timeout: 5_000 }).toBe(1);
  return (await visibleDialogs(page))[0]!;
}

/** A message in the extension's own format, as its pages send it. */
function message(type: string, data: unknown) {
  return { id: 1, type, data, timestamp: Date.now() };
}

/** What the toolbar button says on the page's tab: its badge and its tooltip. */
async function toolbarOf(extension: ExtensionBrowser, page: Page): Promise<{ badge: string; title: string }> {
  await page.bringToFront();
  const tabId = await activeTabId(extension.serviceWorker);
  return extension.serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } } };
    return { badge: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) };
  }, tabId);
}

/**
 * The card's frame element, handed to the page's own world by DevTools: a handle the page
 * cannot get itself (the frame is in a closed shadow root and not among window.frames), given
 * to it here to try the worst it could do with one.
 */
async function cardFrameElement(page: Page): Promise<ElementHandle<HTMLIFrameElement>> {
  const frame = cardFrameOf(page);
  if (!frame) throw new Error('no card frame on the page');
  return (await frame.frameElement()) as ElementHandle<HTMLIFrameElement>;
}

/**
 * Runs an expression in the content script's own world (the isolated world Chromium made for
 * TMT Lens in this page), as a content script a page had swayed could.
 */
async function evaluateInContentScript(page: Page, expression: string): Promise<unknown> {
  const session: CDPSession = await page.context().newCDPSession(page);
  try {
    const contexts: Array<{ id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
    session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await session.send('Runtime.enable');
    const world = contexts.find((context) => context.auxData?.type === 'isolated' && context.name === 'TMT Lens');
    if (!world) throw new Error(`no TMT Lens world among ${contexts.map((context) => context.name).join(', ')}`);
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await session.detach();
  }
}

describe('a hostile page', () => {
  let extension: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    extension = await launchWithExtension();
    // The user has imported a newsletter that names an instrument the bundled graph lacks.
    const options = await extension.openExtensionPage('options.html');
    await options.getByLabel('Paste the newsletter’s text').fill(NEWSLETTER);
    await options.getByRole('button', { name: 'Read newsletter' }).click();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByRole('status').filter({ hasText: /^Imported “/ }).waitFor();
    await options.close();
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  async function visit(query = ''): Promise<{ page: Page; errors: string[] }> {
    const page = await extension.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${server.url('/hostile.html')}${query}#${extension.extensionId}`);
    await waitForHighlights(page, (texts) => texts.authority.includes('Cyberspace Administration of China') && texts.document.includes('Data Security Law'));
    return { page, errors };
  }

  it('cannot open a card with a made-up pointermove; the user’s own pointer does', async () => {
    const { page, errors } = await visit();
    await page.evaluate(() => syntheticHover('p1', 'Cyberspace'));
    await page.waitForTimeout(SETTLE_MS);
    expect(await visibleDialogs(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.children.length)).toBe(2); // head and body: no card host
    const card = await hoverForCard(page, 'p1', 'Cyberspace');
    expect(card.name).toBe('Cyberspace Administration of China');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cannot open or switch the side panel with a made-up click, even one relayed from a real click', async () => {
    const { page } = await visit();
    // The panel is open on the CAC.
    const open = { id: 'authority:cac', view: 'entry', at: 1 };
    await writeSessionStorage(extension.serviceWorker, { sidePanelTarget: open });
    await page.click('#relay'); // a real click whose handler clicks "Data Security Law" for the user
    await page.evaluate(() => syntheticClick('p2', 'Data Security Law'));
    await page.waitForTimeout(SETTLE_MS);
    expect(await readSessionStorage(extension.serviceWorker, 'sidePanelTarget')).toEqual(open);
    // The user's own click on the name does switch it.
    const at = await pointAt(page, 'p2', 'Data Security Law');
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => ((await readSessionStorage(extension.serviceWorker, 'sidePanelTarget')) as { id?: string } | null)?.id, { timeout: 5_000 }).toBe(DSL_ID);
    await page.close();
  });

  it('the background opens the panel, and says what it shows, only within a user gesture', async () => {
    const open = { id: 'authority:cac', view: 'entry', at: 1 };
    await writeSessionStorage(extension.serviceWorker, { sidePanelTarget: open });
    const options = await extension.openExtensionPage('options.html');
    // A request with no gesture behind it (a script, not the user), from an extension page.
    // (Playwright's own evaluate counts as a gesture, so this goes through the protocol.)
    const session = await extension.context.newCDPSession(options);
    const { result } = await session.send('Runtime.evaluate', {
      expression: `chrome.runtime.sendMessage(${JSON.stringify(message('openSidePanel', { id: DSL_ID }))})`,
      userGesture: false,
      awaitPromise: true,
      returnByValue: true,
    });
    await session.detach();
    expect(result.value).toEqual({ res: { error: expect.stringMatching(/gesture/i) } });
    await options.waitForTimeout(500);
    expect(await readSessionStorage(extension.serviceWorker, 'sidePanelTarget')).toEqual(open);
    await options.close();
  });

  it('hears no message, event or performance entry from TMT Lens, and cannot stop it', async () => {
    const { page } = await visit();
    await hoverForCard(page, 'p1', 'Cyberspace');
    // A single-page navigation, which the content script watches.
    await page.evaluate(() => history.pushState({}, '', '/hostile-next.html' + location.hash));
    await page.waitForTimeout(1000);
    const seen = await page.evaluate(() => ({ ...hostile, timeline: performance.getEntries().map((entry) => entry.name) }));
    expect(seen.messages).toEqual([]);
    expect(seen.idEvents).toEqual([]);
    expect(seen.performance.filter((name) => name.startsWith('tmt-lens'))).toEqual([]);
    expect(seen.timeline.filter((name) => name.startsWith('tmt-lens'))).toEqual([]);
    // The stop signal a framework's content script obeys: TMT Lens keeps working after it.
    await page.evaluate(() => sendStopEvent());
    await page.evaluate(() => {
      document.getElementById('later')!.textContent = 'The MIIT issued rules on telecommunications.';
    });
    await waitForHighlights(page, (texts) => texts.authority.includes('MIIT'));
    await page.close();
  });

  it('cannot hold or read the card through a custom element or a shadow root', async () => {
    const { page } = await visit();
    const card = await hoverForCard(page, 'p1', 'Cyberspace');
    expect(card.text).toEqual(expect.arrayContaining(['Cyberspace Administration of China', 'Open in side panel']));
    const probe = await page.evaluate(() => {
      const host = document.documentElement.lastElementChild!;
      // Counted before the page's own attempt below, which goes through its wrapper too.
      const attachShadowCalls = hostile.attachShadowCalls;
      let reattached = false;
      try {
        host.attachShadow({ mode: 'open' });
        reattached = true;
      } catch {
        // A host has one shadow root; the page cannot swap in its own.
      }
      return {
        tag: host.tagName,
        shadowRoot: host.shadowRoot === null,
        text: host.textContent,
        markup: host.innerHTML,
        reattached,
        customCardBuilt: hostile.customCardBuilt,
        internals: hostile.internals,
        attachShadowCalls,
        stolen: 'stolenInternals' in window,
      };
    });
    expect(probe).toEqual({ tag: 'DIV', shadowRoot: true, text: '', markup: '', reattached: false, customCardBuilt: 0, internals: 0, attachShadowCalls: 0, stolen: false });
    // Nor through the text of the whole document, as rendered or as selected.
    const read = await page.evaluate(() => {
      const selection = getSelection()!;
      selection.selectAllChildren(document.documentElement);
      const selected = selection.toString();
      selection.removeAllRanges();
      return { selected, rendered: document.documentElement.innerText };
    });
    expect(read.rendered).toContain('Cyberspace Administration of China released');
    expect(read.rendered).not.toContain('Open in side panel');
    expect(read.selected).not.toContain('Open in side panel');
    await page.close();
  });

  it('reports only origin and path, and only to extension pages', async () => {
    const { page } = await visit('?token=s3cret');
    await page.bringToFront();
    const tabId = await activeTabId(extension.serviceWorker);
    expect(tabId).toEqual(expect.any(Number));
    const popup = await extension.openExtensionPage('popup.html');
    const ask = () => popup.evaluate((request) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ res?: { url?: string } | null }> } } }).chrome.runtime.sendMessage(request), message('getPageMentions', { tabId }));
    await expect.poll(async () => (await ask()).res?.url, { timeout: 5_000 }).toBe(server.url('/hostile.html'));
    expect(JSON.stringify(await ask())).not.toMatch(/s3cret|#/);
    // Malformed requests are dropped.
    expect(await popup.evaluate((request) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(request), message('getPageMentions', { tabId: 'all' }))).toEqual({ res: null });
    // The content script in a web page is not told, not even of its own tab.
    const fromPage = await evaluateInContentScript(page, `chrome.runtime.sendMessage(${JSON.stringify(message('getPageMentions', { tabId }))})`);
    expect(fromPage).toEqual({ res: null });
    await popup.close();
    await page.close();
  });

  it('paints names only the imports know only once the user turns that on, and never shows imported text in the card', async () => {
    const { page } = await visit();
    // Off by default: the bundled names are painted, the imported-only one is not.
    await page.waitForTimeout(1000);
    const before = await readHighlights(page);
    expect(before.document).toContain('Data Security Law');
    expect(all(before)).not.toContain(QUANTUM);
    // Even asked directly, the background tells this page's content script nothing of an entry:
    // what a card says goes to the card's frame alone.
    const askCard = (id: string) => evaluateInContentScript(page, `chrome.runtime.sendMessage(${JSON.stringify(message('getEntryCard', { id }))}).then((answer) => ({ answer: answer ?? null }), (error) => ({ refused: String(error.message) }))`);
    expect(await askCard(QUANTUM_ID)).toEqual(NO_ANSWER);
    expect(await askCard(DSL_ID)).toEqual(NO_ANSWER);
    // The card of a bundled entry the import also describes says only what the bundled graph says.
    const bundled = await hoverForCard(page, 'p2', 'Data Security Law');
    expect(bundled.text.join(' ')).not.toMatch(/import/i);

    const options = await extension.openExtensionPage('options.html');
    const setting = options.getByLabel('Also highlight names found only in your imports');
    expect(await setting.isChecked()).toBe(false);
    await setting.check();
    await options.getByRole('status').filter({ hasText: 'Names from your imports are highlighted on web pages.' }).waitFor();
    await options.close();

    await waitForHighlights(page, (texts) => texts.document.includes(QUANTUM));
    const imported = await hoverForCard(page, 'p3', 'Quantum Communication');
    expect(imported.name).toBe('In your imports');
    expect(imported.text).toEqual(['In your imports', 'Open it in the side panel to see it.', 'Open in side panel']);
    expect(await askCard(QUANTUM_ID)).toEqual(NO_ANSWER);
    await page.close();
  });
  it('cannot read the card: no handle on its frame, no way into its document, nothing in its timeline, and no copy of its page of its own', async () => {
    const { page } = await visit();
    await hoverForCard(page, 'p1', 'Cyberspace');
    const address = new URL(cardFrameOf(page)!.url());
    const seen = await page.evaluate(async (card) => {
      // Its address, even told the extension's id: Chrome answers a page with no card page.
      const loaded = await fetch(card).then((response) => response.ok, () => false);
      return {
        frames: window.frames.length,
        timeline: performance.getEntries().map((entry) => entry.name).filter((name) => name.includes('extension') || name.includes('card')),
        loaded,
      };
    }, `${address.origin}${address.pathname}`);
    expect(seen).toEqual({ frames: 0, timeline: [], loaded: false });
    // Even with a handle on the frame, its document is another origin's.
    const element = await cardFrameElement(page);
    const read = await element.evaluate((iframe) => {
      let text = '';
      try {
        text = iframe.contentWindow!.document.body.textContent ?? '';
      } catch {
        text = 'refused';
      }
      return { contentDocument: iframe.contentDocument, text };
    });
    expect(read).toEqual({ contentDocument: null, text: 'refused' });
    await page.close();
  });

  it('cannot change the card with messages posted to its frame', async () => {
    const { page } = await visit();
    const before = await hoverForCard(page, 'p1', 'Cyberspace');
    const element = await cardFrameElement(page);
    await element.evaluate((iframe) => {
      const show = { seq: 99, content: { error: 'Pay here' }, maxWidth: 360 };
      for (const data of [{ show }, { hello: '0'.repeat(32) }, { id: 1, type: 'show', data: show, timestamp: Date.now() }, { close: true }]) iframe.contentWindow!.postMessage(data, '*');
    });
    await page.waitForTimeout(1000);
    expect(await visibleDialogs(page)).toEqual([before]);
    await page.close();
  });

  it('cannot hide the card with its own styles, on the host or in a stylesheet', async () => {
    const { page } = await visit();
    const before = await hoverForCard(page, 'p1', 'Cyberspace');
    const element = await cardFrameElement(page);
    const box = await element.boundingBox();
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = ':root > div, [popover] { display: none !important; visibility: hidden !important; opacity: 0 !important; transform: translateX(-5000px) !important; clip-path: inset(50%) !important; }';
      document.head.append(style);
      document.documentElement.lastElementChild!.setAttribute('style', 'display: none !important; opacity: 0 !important; width: 1px !important');
    });
    await page.waitForTimeout(1000);
    expect(await visibleDialogs(page)).toEqual([before]);
    expect(await element.boundingBox()).toEqual(box);
    expect(await toolbarOf(extension, page)).toEqual({ badge: expect.not.stringMatching('!'), title: 'TMT Lens' });
    await page.close();
  });

  it('puts the card back on top of a popover the page opens over it', async () => {
    const { page } = await visit();
    const before = await hoverForCard(page, 'p1', 'Cyberspace');
    const box = (await (await cardFrameElement(page)).boundingBox())!;
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.popover = 'manual';
      cover.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; margin: 0; border: 0; background: white';
      document.body.append(cover);
      cover.showPopover();
    });
    await page.waitForTimeout(1000);
    expect(await visibleDialogs(page)).toEqual([before]);
    // The topmost element over the card, as the page sees it, is the card's host again.
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y) === document.documentElement.lastElementChild, { x: box.x + box.width / 2, y: box.y + box.height / 2 })).toBe(true);
    expect(all(await readHighlights(page))).toContain('Cyberspace Administration of China');
    await page.close();
  });

  /** TMT Lens has stopped on the page: the card and its highlights are gone, and the toolbar button says why. */
  async function expectStoppedWithWarning(page: Page): Promise<void> {
    await expect.poll(async () => all(await readHighlights(page)), { timeout: 5_000 }).toEqual([]);
    expect(await page.evaluate(() => [...document.documentElement.children].map((child) => child.localName))).toEqual(['head', 'body']);
    expect(await toolbarOf(extension, page)).toEqual({ badge: '!', title: expect.stringMatching(/the page hid or covered its card/) });
    // Resting on a name brings nothing back.
    const at = await pointAt(page, 'p1', 'Cyberspace');
    await page.mouse.move(at.x, at.y);
    await page.mouse.move(at.x + 2, at.y);
    await page.waitForTimeout(1000);
    expect(await visibleDialogs(page)).toEqual([]);
  }

  it('stops, and says so, on a page that keeps covering the card, even with a cover the pointer passes through', async () => {
    const { page } = await visit();
    await hoverForCard(page, 'p1', 'Cyberspace');
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.popover = 'manual';
      cover.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; margin: 0; border: 0; background: white; pointer-events: none';
      document.body.append(cover);
      setInterval(() => {
        cover.hidePopover();
        cover.showPopover();
      }, 50);
    });
    await expectStoppedWithWarning(page);
    await page.close();
  });

  it('stops, and says so, on a page that keeps closing the card', async () => {
    const { page } = await visit();
    await hoverForCard(page, 'p1', 'Cyberspace');
    await page.evaluate(() => {
      setInterval(() => {
        const host = document.documentElement.lastElementChild as HTMLElement | null;
        if (host?.matches(':popover-open')) host.hidePopover();
      }, 50);
    });
    await expectStoppedWithWarning(page);
    // Loading the page again starts afresh, and the warning goes.
    await page.reload();
    await waitForHighlights(page, (texts) => texts.authority.includes('Cyberspace Administration of China'));
    expect(await toolbarOf(extension, page)).toEqual({ badge: expect.not.stringMatching('!'), title: 'TMT Lens' });
    await page.close();
  });

  it('stops, and says so, on a page that shrinks the card by zooming itself down', async () => {
    const { page } = await visit();
    await hoverForCard(page, 'p1', 'Cyberspace');
    await page.evaluate(() => document.documentElement.style.setProperty('zoom', '0.2'));
    await expect.poll(async () => all(await readHighlights(page)), { timeout: 5_000 }).toEqual([]);
    expect(await toolbarOf(extension, page)).toEqual({ badge: '!', title: expect.stringMatching(/the page hid or covered its card/) });
    await page.close();
  });

  it('stops, and says so, on a page that sends the card’s frame to a page of its own', async () => {
    const { page } = await visit();
    await hoverForCard(page, 'p1', 'Cyberspace');
    const element = await cardFrameElement(page);
    await element.evaluate((iframe) => {
      iframe.contentWindow!.location.href = `${location.origin}/article.html`;
    });
    await expectStoppedWithWarning(page);
    await page.close();
  });
});
