/**
 * The hover card in headless Chromium with the bench build: how long the card takes to be up
 * once the hover delay has passed (its request to the background until the frame has drawn it
 * and it is placed in the top layer), for the first card on a page and the next ones, and how
 * long the card's frame takes to load. The frame is made when the pointer first comes onto a
 * name, so it loads during the hover delay (350 ms); were it given no head start, the first
 * card would take about card_frame_load_ms + card_next_ms.
 */
import { launchWithExtension } from '../e2e/browser';
import { startFixtureServer } from '../e2e/fixture-server';
import { centreOfWords } from '../e2e/page-helpers';
import { BENCH_EXTENSION_DIR } from '../e2e/paths';
import { median } from './stats';

const RUNS = 7;
const NAMES = ['Cyberspace Administration of China', 'MIIT', 'TC260', 'SAMR'];

export async function runCardBench(): Promise<Record<string, number>> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension(BENCH_EXTENSION_DIR);
  const first: number[] = [];
  const next: number[] = [];
  const frameLoad: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(server.url('/article.html'));
      // (A string: functions with inner functions pick up a helper from tsx that pages lack.)
      await page.waitForFunction(`(CSS.highlights.get('tmt-lens-authority')?.size ?? 0) >= ${NAMES.length}`, null, { timeout: 15_000 });
      for (const [index, name] of NAMES.entries()) {
        const at = await centreOfWords(page, name);
        await page.mouse.move(at.x, at.y);
        await page.mouse.move(at.x + 1, at.y);
        await page.waitForFunction((count) => performance.getEntriesByName('tmt-lens:card').length >= count, index + 1, { timeout: 10_000 });
      }
      const times = await page.evaluate(() => ({
        cards: performance.getEntriesByName('tmt-lens:card').map((entry) => entry.duration),
        frame: performance.getEntriesByName('tmt-lens:card-frame-load').map((entry) => entry.duration),
      }));
      if (times.cards.length !== NAMES.length || times.frame.length !== 1) throw new Error(`unexpected card entries: ${JSON.stringify(times)}`);
      first.push(times.cards[0]!);
      next.push(...times.cards.slice(1));
      frameLoad.push(times.frame[0]!);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    card_first_ms: median(first),
    card_first_ms_max: Math.max(...first),
    card_next_ms: median(next),
    card_next_ms_max: Math.max(...next),
    card_frame_load_ms: median(frameLoad),
    card_frame_load_ms_max: Math.max(...frameLoad),
  };
}
