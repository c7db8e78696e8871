/**
 * In headless Chromium with the built extension: the full highlight pass (scan + match +
 * ranges) on a 2 MB page, median of several loads, and the built content script's size.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, launchWithoutExtension } from '../e2e/browser';
import { startFixtureServer } from '../e2e/fixture-server';
import { EXTENSION_DIR } from '../e2e/paths';
import { median } from './stats';

const RUNS = 5;

export function bigNewsPage(targetBytes = 2_000_000): string {
  const names = ['Cyberspace Administration of China', 'MIIT', 'TC260', 'Measures for Security Assessment of Outbound Data Transfers', 'Data Security Law', 'State Administration for Market Regulation', 'Supreme People’s Court'];
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; size < targetBytes; index++) {
    const paragraph = `<p>Item ${index}. Regulators met again this week; the <a href="#">${names[index % names.length]}</a> said further rules on platforms, data, algorithms and online content are coming, and analysts expect more guidance in the months ahead.</p>\n`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>2 MB</title></head><body><article>${parts.join('')}</article></body></html>`;
}

/**
 * The baseline for the pass: what merely reading the page's text costs a content script. On the
 * same page, just loaded, in the same Chromium without the extension (so that nothing else reads
 * the page meanwhile), a fresh isolated world (a content script's kind of world, with no DOM
 * wrappers made yet) walks every text node with a TreeWalker and reads its text and parent
 * element: the least the pass must do before it can match anything.
 */
const TEXT_WALK = `(() => {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let characters = 0;
  let parents = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    characters += node.data.length;
    if (node.parentElement) parents++;
  }
  return [performance.now() - started, characters, parents];
})()`;

async function timeTextWalk(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'text-walk-baseline' });
    const { result } = await cdp.send('Runtime.evaluate', { expression: TEXT_WALK, contextId: executionContextId, returnByValue: true });
    const [ms, characters] = result.value as [number, number, number];
    if (!(characters > 1_000_000)) throw new Error(`the text walk read only ${characters} characters`);
    return ms;
  } finally {
    await cdp.detach();
  }
}

export async function measureTextWalks(url: string): Promise<number[]> {
  const browser = await launchWithoutExtension();
  const walks: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(url);
      walks.push(await timeTextWalk(page));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return walks;
}

export async function runHighlightBench(): Promise<Record<string, number>> {
  const server = await startFixtureServer();
  server.route('/big.html', bigNewsPage());
  const browser = await launchWithExtension();
  const passes: number[] = [];
  const walls: number[] = [];
  const longest: number[] = [];
  const ready: number[] = [];
  const walks: number[] = [];
  let ranges = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(server.url('/big.html'));
      const measured = await page.waitForFunction(() => performance.getEntriesByName('tmt-lens:highlight-pass')[0]?.duration, null, { timeout: 30_000 });
      walls.push(Number(await measured.jsonValue()));
      const slices = await page.evaluate(() => ({
        work: performance.getEntriesByName('tmt-lens:highlight-work')[0]?.duration ?? Number.NaN,
        longest: performance.getEntriesByName('tmt-lens:highlight-longest-slice')[0]?.duration ?? Number.NaN,
      }));
      passes.push(slices.work);
      longest.push(slices.longest);
      ready.push(await page.evaluate(() => performance.getEntriesByName('tmt-lens:matcher-ready')[0]?.duration ?? Number.NaN));
      ranges = await page.evaluate(() => ['authority', 'document', 'case'].reduce((sum, type) => sum + (CSS.highlights.get(`tmt-lens-${type}`)?.size ?? 0), 0));
      await page.close();
    }
    walks.push(...(await measureTextWalks(server.url('/big.html'))));
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    // Script time of the full pass (scan + match + ranges), summed over its slices.
    highlight_pass_ms_2mb: median(passes),
    // From start to the last highlight, including the page's own work between slices.
    highlight_pass_wall_ms_2mb: median(walls),
    // The longest single slice: what the page can feel as a long task (limit 50 ms).
    highlight_longest_task_ms_2mb: median(longest),
    // The baseline: reading the page's text in a fresh isolated world, and the pass against it.
    text_walk_ms_2mb: median(walks),
    highlight_pass_vs_text_walk: median(passes) / median(walks),
    // In a real page: JSON.parse + decode of the bundled dictionary.
    matcher_ready_ms_in_page: median(ready),
    highlight_ranges_2mb: ranges,
    content_script_bytes: statSync(resolve(EXTENSION_DIR, 'content-scripts/content.js')).size,
  };
}
