/**
 * How to change what the CSS highlight registry holds, measured in Chromium without the
 * extension: a window of registered ranges slides over a long page in 200 steps (one per
 * frame), either by delete()/add() on the same Highlight or by a new Highlight set in its place.
 * Renderer main-thread time (DevTools Protocol TaskDuration) and script time of the updates;
 * the content script uses whichever is cheaper (add/delete, see viewport-registry.ts).
 */
import type { Browser } from 'playwright-core';
import { launchWithoutExtension } from '../e2e/browser';

const STEPS = 200;

async function slide(browser: Browser, mode: 'none' | 'add-delete' | 'replace', size: number, step: number): Promise<{ taskMs: number; scriptMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const paragraphs = Array.from({ length: size + STEPS * step }, (_, index) => `<p>Paragraph ${index} about the Cyberspace Administration of China and the MIIT.</p>`).join('');
  await page.setContent(`<!doctype html><style>::highlight(tmt){background:yellow}</style><body>${paragraphs}</body>`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate((count) => {
    const state = window as unknown as { ranges: StaticRange[]; highlight: Highlight };
    state.ranges = [...document.querySelectorAll('p')].map((p) => new StaticRange({ startContainer: p.firstChild!, startOffset: 20, endContainer: p.firstChild!, endOffset: 54 }));
    state.highlight = new Highlight(...state.ranges.slice(0, count));
    CSS.highlights.set('tmt', state.highlight);
  }, size);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const task = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
  const before = await task();
  const scriptMs = await page.evaluate(
    async ([how, count, by, steps]) => {
      const state = window as unknown as { ranges: StaticRange[]; highlight: Highlight };
      let spent = 0;
      for (let index = 1; index <= steps; index++) {
        const started = performance.now();
        const from = (index - 1) * by;
        const to = index * by;
        if (how === 'add-delete') {
          for (let at = from; at < to; at++) state.highlight.delete(state.ranges[at]!);
          for (let at = from + count; at < to + count; at++) state.highlight.add(state.ranges[at]!);
        } else if (how === 'replace') {
          state.highlight = new Highlight(...state.ranges.slice(to, to + count));
          CSS.highlights.set('tmt', state.highlight);
        }
        spent += performance.now() - started;
        await new Promise((done) => requestAnimationFrame(done));
      }
      return spent;
    },
    [mode, size, step, STEPS] as const,
  );
  const taskMs = (await task()) - before;
  await page.close();
  return { taskMs, scriptMs };
}

export async function runRegistryUpdateBench(): Promise<Record<string, number>> {
  const browser = await launchWithoutExtension();
  const figures: Record<string, number> = {};
  try {
    for (const [size, step] of [[300, 20], [1000, 15]] as const) {
      const idle = await slide(browser, 'none', size, step);
      const addDelete = await slide(browser, 'add-delete', size, step);
      const replace = await slide(browser, 'replace', size, step);
      figures[`registry_${size}_add_delete_task_ms`] = addDelete.taskMs - idle.taskMs;
      figures[`registry_${size}_replace_task_ms`] = replace.taskMs - idle.taskMs;
      figures[`registry_${size}_add_delete_script_ms`] = addDelete.scriptMs;
      figures[`registry_${size}_replace_script_ms`] = replace.scriptMs;
    }
  } finally {
    await browser.close();
  }
  return figures;
}
