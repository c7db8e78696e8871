/** Reads what TMT Lens did to a page, from inside the page. */
import type { Frame, Page } from 'playwright-core';

export type HighlightTexts = Record<'authority' | 'document' | 'case', string[]>;

/** Runs inside a page: the text under every range of each TMT Lens highlight (shared by the Chromium and Firefox tests). */
export function highlightTextsInPage(): HighlightTexts {
  const read = (type: string) => {
    const highlight = CSS.highlights.get(`tmt-lens-${type}`);
    if (!highlight) return [];
    return [...highlight].map((range) => {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.toString();
    });
  };
  return { authority: read('authority'), document: read('document'), case: read('case') };
}

/** The text under every range of each TMT Lens highlight, in the frame given. */
export async function readHighlights(page: Pick<Page, 'evaluate'>): Promise<HighlightTexts> {
  return page.evaluate(highlightTextsInPage);
}

export async function waitForHighlights(page: Page, predicate: (texts: HighlightTexts) => boolean, timeout = 10_000): Promise<HighlightTexts> {
  const deadline = Date.now() + timeout;
  let last = await readHighlights(page);
  while (!predicate(last)) {
    if (Date.now() > deadline) throw new Error(`highlights never matched; last seen ${JSON.stringify(last)}`);
    await page.waitForTimeout(100);
    last = await readHighlights(page);
  }
  return last;
}

/**
 * Where the hover card's host sits: a plain `div` appended to the root element, outside `body`
 * (the HTML parser never puts a `div` there, so on fixture pages it is the card's).
 */
export const CARD_HOST = ':root > div';

/** The page's DOM as markup, without the extension's one card host. */
export async function pageMarkup(page: Page): Promise<string> {
  return page.evaluate((selector) => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll(selector.replace(':root', ':scope'))) host.remove();
    return clone.outerHTML;
  }, CARD_HOST);
}

export function all(texts: HighlightTexts): string[] {
  return [...texts.authority, ...texts.document, ...texts.case];
}

/**
 * The frame of the hover card: an extension page inside the content script's closed shadow root,
 * which page scripts cannot reach; DevTools (and so Playwright) can.
 */
export function cardFrameOf(page: Page): Frame | undefined {
  return page.frames().find((frame) => /^chrome-extension:\/\/[^/]+\/card\.html#/.test(frame.url()));
}

/**
 * The dialogs a user sees in the hover card: none unless the card's frame is shown in the page,
 * then those of the frame's accessibility tree (read over CDP, as assistive technology reads it).
 */
export async function visibleDialogs(page: Page): Promise<Array<{ name: string; text: string[] }>> {
  const frame = cardFrameOf(page);
  if (!frame) return [];
  const element = await frame.frameElement().catch(() => null);
  if (!element || !(await element.isVisible())) return [];
  const session = await page.context().newCDPSession(frame);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ nodeId: string; parentId?: string; ignored?: boolean; role?: { value?: string }; name?: { value?: string }; childIds?: string[] }>;
    };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const textUnder = (id: string): string[] => {
      const node = byId.get(id);
      if (!node) return [];
      const own = node.role?.value === 'StaticText' && node.name?.value ? [node.name.value] : [];
      return [...own, ...(node.childIds ?? []).flatMap(textUnder)];
    };
    return nodes
      .filter((node) => node.role?.value === 'dialog' && !node.ignored)
      .map((node) => ({ name: node.name?.value ?? '', text: textUnder(node.nodeId) }));
  } finally {
    await session.detach();
  }
}

/**
 * Runs in the page (self-contained, so Playwright and Puppeteer can both send it): the centre of
 * the first occurrence of `wanted` in the page's text, in viewport coordinates.
 */
export function centreOfWordsInPage(wanted: string): { x: number; y: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(wanted);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  throw new Error(`no “${wanted}” on the page`);
}

/** The centre of the first occurrence of `words` in the page's text, in viewport coordinates. */
export async function centreOfWords(page: Page, words: string): Promise<{ x: number; y: number }> {
  return page.evaluate(centreOfWordsInPage, words);
}
