/** Reads what TMT Lens did to a page, from inside the page. */
import type { Page } from 'playwright-core';

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
 * The hover card lives in a closed shadow root that page scripts (and Playwright's locators)
 * cannot reach; the browser's accessibility tree, read over CDP, sees what a user sees.
 */
export async function visibleDialogs(page: Page): Promise<Array<{ name: string; text: string[] }>> {
  const session = await page.context().newCDPSession(page);
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
