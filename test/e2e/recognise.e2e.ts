/**
 * The recognisers in the built extension, on a real page in Chromium: another translation of a
 * title, a short name the page defines (English and Chinese) and its later uses, a typo, case
 * numbers (one the graph has, one it does not), and an acronym inside a code. The card says how
 * the page wrote the name; an unknown case number gets a card read from the number itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { all, visibleDialogs, waitForHighlights } from './page-helpers';

describe('recognising names however the page writes them', () => {
  let extension: ExtensionBrowser;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    extension = await launchWithExtension();
    page = await extension.context.newPage();
    await page.goto(server.url('/recognise.html'));
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  /** Points at the middle of `words` inside the element with id `id`, as a user would. */
  async function hover(id: string, words: string): Promise<void> {
    const box = await page.evaluate(
      ([elementId, text]) => {
        const walker = document.createTreeWalker(document.getElementById(elementId)!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const at = node.data.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + Math.min(text.length, 6));
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        throw new Error(`no “${text}” in #${elementId}`);
      },
      [id, words] as const,
    );
    await page.mouse.move(0, 0);
    await page.mouse.move(box.x, box.y);
    await page.mouse.move(box.x + 1, box.y);
  }

  it('paints variant titles, defined short names and their uses, typos and case numbers', async () => {
    const texts = await waitForHighlights(page, (t) => t.case.length >= 2 && t.document.includes('网数条例'));
    expect(texts.document).toEqual(
      expect.arrayContaining([
        'Security Assessment Measures for Outbound Data Transfer',
        'Certification Guidelines',
        'Anti-Epionage Law',
        '网络数据安全管理条例',
        '网数条例',
      ]),
    );
    // The definition itself and both later uses.
    expect(texts.document.filter((text) => text === 'Certification Guidelines')).toHaveLength(3);
    expect(texts.document.filter((text) => text === '网数条例')).toHaveLength(2);
    expect(texts.case).toEqual(['（2023）京0491民初11279号', '(2022) Jing 0105 Min Chu No. 123']);
    // An acronym inside a code is part of the code (one TC260, not two); a short name made of a type word is never a name.
    expect(texts.authority).toEqual(['TC260', '国务院', '北京互联网法院']);
    expect(all(texts)).not.toContain('Measures');
  });

  it('says on the card how the page wrote the name', async () => {
    await hover('use', 'Certification Guidelines');
    await expect.poll(async () => (await visibleDialogs(page)).flatMap((dialog) => dialog.text), { timeout: 5_000 }).toContain('Called “Certification Guidelines” on this page');
    await hover('variant', 'Security Assessment Measures');
    await expect
      .poll(async () => (await visibleDialogs(page)).flatMap((dialog) => dialog.text), { timeout: 5_000 })
      .toContain('Written here as “Security Assessment Measures for Outbound Data Transfer”');
  });

  it('explains a case number the graph does not have from the number itself', async () => {
    await hover('case-unknown', '(2022) Jing');
    await expect.poll(async () => (await visibleDialogs(page)).map((dialog) => dialog.name), { timeout: 5_000 }).toEqual(['(2022) Jing 0105 Min Chu No. 123']);
    const [card] = await visibleDialogs(page);
    expect(card?.text.join(' ')).toContain('Civil case of first instance accepted in 2022 by a court in Beijing');
    expect(card?.text).not.toContain('Open in side panel');
  });

  it('opens the graph’s case for a number it has, with the card of that case', async () => {
    await hover('case-known', '（2023）京0491');
    await expect.poll(async () => (await visibleDialogs(page)).map((dialog) => dialog.name), { timeout: 5_000 }).toEqual(['Li v. Liu']);
  });
});
