/**
 * What TMT Lens costs a page's renderer, with vs without the extension in the same run
 * (Chrome DevTools Protocol Performance.getMetrics: TaskDuration, the renderer main thread's
 * busy time, which includes the browser's own work for registered highlights):
 * - a long article with a 50 ms ticker and a live feed, over 12 s (also as CPU time of the
 *   renderer's main thread, which a loaded machine does not inflate);
 * - the 2 MB page at load, against a text walk of the same page;
 * - pathological pages: longest task, timer lag, heap and main-thread time.
 * And the content script's size without its dictionary.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { BundledData } from '../../lib/build/bundled-data';
import { dictionaryEntriesOf } from '../../lib/graph/dictionary-entries';
import { launchLikeExtensionBrowser, launchWithExtension } from '../e2e/browser';
import { startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { deepNestingPage, hugeTextNodePage, liveArticle, manyTextNodesPage, mutationStormPage } from '../e2e/generated-pages';
import { EXTENSION_DIR } from '../e2e/paths';
import { bigNewsPage, measureTextWalks } from './highlight-bench';
import { rendererMainThreadCpuMs } from './renderer-cpu';
import { median } from './stats';

type Figures = Record<string, number>;

const LIVE_SECONDS = 12;

interface Metrics {
  taskMs: number;
  heapBytes: number;
  at: number;
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => list.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return { taskMs: value('TaskDuration') * 1000, heapBytes: value('JSHeapUsedSize'), at: Date.now() };
}

async function openMeasured(context: Pick<BrowserContext, 'newPage'>): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // Long tasks from the start of the page, for the pathological pages' figures.
  await page.addInitScript(() => {
    const record = window as unknown as { longestTaskMs: number };
    record.longestTaskMs = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longestTaskMs = Math.max(record.longestTaskMs, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return { page, cdp };
}

/** Bytes of one JSON table embedded in the bundle as a string literal (its quoting depends on the minifier). */
function embeddedBytes(script: string, json: string, what: string): number {
  const head = json.slice(0, 24);
  const tail = json.slice(-24);
  const start = Math.max(script.indexOf(head), script.indexOf(JSON.stringify(head).slice(1, -1)));
  const tailAt = Math.max(script.lastIndexOf(tail), script.lastIndexOf(JSON.stringify(tail).slice(1, -1)));
  if (start < 0 || tailAt < start) throw new Error(`the ${what} was not found in the content script`);
  return Buffer.byteLength(script.slice(start, tailAt + tail.length));
}

/**
 * The content script's code: its bytes without the data tables it embeds (the dictionary, and the
 * recognisers' title and case tables, printed as recognisers_data_bytes), and the dictionary's bytes per name.
 */
export function measureContentScriptSize(data: BundledData): Figures {
  const script = readFileSync(resolve(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
  const dictionaryBytes = embeddedBytes(script, data.dictionaryJson, 'dictionary');
  const recogniserBytes = embeddedBytes(script, data.recognisersJson, "recognisers' data");
  const total = statSync(resolve(EXTENSION_DIR, 'content-scripts/content.js')).size;
  const names = dictionaryEntriesOf(data.result.graph).length;
  return {
    content_script_code_bytes: total - dictionaryBytes - recogniserBytes,
    content_script_recognisers_data_bytes: recogniserBytes,
    dictionary_bytes: dictionaryBytes,
    dictionary_names: names,
    dictionary_bytes_per_name: dictionaryBytes / names,
  };
}

/** Share of wall time the renderer's main thread was busy on the live page, over LIVE_SECONDS. */
async function liveTaskShare(context: Pick<BrowserContext, 'newPage'>, url: string): Promise<{ share: number; cpuShare: number; ticks: number }> {
  const { page, cdp } = await openMeasured(context);
  const before = await metrics(cdp);
  const cpuBefore = rendererMainThreadCpuMs();
  await page.goto(url);
  await page.waitForTimeout(LIVE_SECONDS * 1000 - (Date.now() - before.at));
  const after = await metrics(cdp);
  const cpuAfter = rendererMainThreadCpuMs();
  const ticks = await page.evaluate(() => (window as unknown as { pageStats: { ticks: number } }).pageStats.ticks);
  await page.close();
  const wall = after.at - before.at;
  return { share: (after.taskMs - before.taskMs) / wall, cpuShare: (cpuAfter - cpuBefore) / wall, ticks };
}

/** Renderer task time from navigation until the pass is done (or, without the extension, as long). */
async function loadTaskMs(context: Pick<BrowserContext, 'newPage'>, url: string, wallMs?: number): Promise<{ taskMs: number; wallMs: number }> {
  const { page, cdp } = await openMeasured(context);
  const before = await metrics(cdp);
  await page.goto(url);
  if (wallMs === undefined) {
    await page.waitForFunction(() => performance.getEntriesByName('tmt-lens:highlight-pass').length > 0, null, { timeout: 60_000 });
    // The highlights' first paint follows the pass.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  } else {
    await page.waitForTimeout(Math.max(0, wallMs - (Date.now() - before.at)));
  }
  const after = await metrics(cdp);
  await page.close();
  return { taskMs: after.taskMs - before.taskMs, wallMs: after.at - before.at };
}

interface PathologicalRun {
  taskMs: number;
  wallMs: number;
  longestTaskMs: number;
  maxLagMs: number;
  heapMb: number;
  pageBusyMs: number;
  extensionLongestSliceMs: number;
}

/**
 * One pathological page: from navigation until `ready` holds in the page and `settleMs` more
 * have passed (without the extension: the same wall time), then heap after a garbage collection.
 */
async function pathologicalRun(context: Pick<BrowserContext, 'newPage'>, url: string, ready: string, settleMs: number, wallMs?: number): Promise<PathologicalRun> {
  const { page, cdp } = await openMeasured(context);
  const before = await metrics(cdp);
  await page.goto(url, { timeout: 120_000 });
  if (wallMs === undefined) {
    await page.waitForFunction(ready, null, { timeout: 120_000, polling: 250 });
    await page.waitForTimeout(settleMs);
  } else {
    await page.waitForTimeout(Math.max(0, wallMs - (Date.now() - before.at)));
  }
  const after = await metrics(cdp);
  const seen = await page.evaluate(() => {
    const stats = (window as unknown as { pageStats: { maxLagMs: number; busyMs: number } }).pageStats;
    return {
      longestTaskMs: (window as unknown as { longestTaskMs: number }).longestTaskMs,
      maxLagMs: stats.maxLagMs,
      pageBusyMs: stats.busyMs,
      extensionLongestSliceMs: performance.getEntriesByName('tmt-lens:highlight-longest-slice')[0]?.duration ?? 0,
    };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await metrics(cdp);
  await page.close();
  return { taskMs: after.taskMs - before.taskMs, wallMs: after.at - before.at, heapMb: heap.heapBytes / 1e6, ...seen };
}

const PATHOLOGICAL: Array<{ key: string; path: string; html: () => string; ready: string; settleMs: number }> = [
  { key: 'huge_node_20mb', path: '/huge-node.html', html: () => hugeTextNodePage(), ready: "performance.getEntriesByName('tmt-lens:highlight-pass').length > 0", settleMs: 2000 },
  { key: 'text_nodes_200k', path: '/many-nodes.html', html: () => manyTextNodesPage(), ready: "performance.getEntriesByName('tmt-lens:highlight-pass').length > 0", settleMs: 2000 },
  { key: 'mutation_storm_10s', path: '/storm.html', html: () => mutationStormPage(10), ready: 'window.pageStats.stormDone === true', settleMs: 2000 },
  { key: 'nesting_10k', path: '/deep.html', html: () => deepNestingPage(), ready: "performance.getEntriesByName('tmt-lens:highlight-pass').length > 0", settleMs: 1000 },
];

function routePages(server: FixtureServer): void {
  server.route('/live.html', liveArticle());
  server.route('/big.html', bigNewsPage());
  for (const page of PATHOLOGICAL) server.route(page.path, page.html());
}

export async function runPageCostBench(data: BundledData): Promise<Figures> {
  const figures: Figures = measureContentScriptSize(data);
  const server = await startFixtureServer();
  routePages(server);
  const extension = await launchWithExtension();
  // Launched as the extension's browser is (a persistent profile in Chromium's new headless), so
  // that the extension is the only difference.
  const reference = await launchLikeExtensionBrowser();
  const plain = reference.context;
  try {
    // The live page, alternating with and without, three runs each.
    const withRuns: Array<{ share: number; cpuShare: number }> = [];
    const withoutRuns: Array<{ share: number; cpuShare: number }> = [];
    for (let run = 0; run < 3; run++) {
      withRuns.push(await liveTaskShare(extension.context, server.url('/live.html')));
      withoutRuns.push(await liveTaskShare(plain, server.url('/live.html')));
    }
    const middle = (runs: Array<{ share: number; cpuShare: number }>, key: 'share' | 'cpuShare') => median(runs.map((run) => run[key]));
    figures.live_page_busy_share_with = middle(withRuns, 'share');
    figures.live_page_busy_share_without = middle(withoutRuns, 'share');
    figures.live_page_task_share = middle(withRuns, 'share') - middle(withoutRuns, 'share');
    figures.live_page_cpu_share_with = middle(withRuns, 'cpuShare');
    figures.live_page_cpu_share_without = middle(withoutRuns, 'cpuShare');
    figures.live_page_cpu_share = middle(withRuns, 'cpuShare') - middle(withoutRuns, 'cpuShare');

    // The 2 MB page at load: renderer time added, over a text walk of the same page.
    const added: number[] = [];
    for (let run = 0; run < 3; run++) {
      const withExtension = await loadTaskMs(extension.context, server.url('/big.html'));
      const without = await loadTaskMs(plain, server.url('/big.html'), withExtension.wallMs);
      added.push(withExtension.taskMs - without.taskMs);
    }
    const walk = median(await measureTextWalks(server.url('/big.html')));
    figures.highlight_renderer_added_ms_2mb = median(added);
    figures.highlight_renderer_text_walk_ms_2mb = walk;
    figures.highlight_renderer_vs_text_walk = median(added) / walk;

    for (const page of PATHOLOGICAL) {
      const withExtension = await pathologicalRun(extension.context, server.url(page.path), page.ready, page.settleMs);
      const without = await pathologicalRun(plain, server.url(page.path), page.ready, page.settleMs, withExtension.wallMs);
      figures[`${page.key}_longest_task_ms_with`] = withExtension.longestTaskMs;
      figures[`${page.key}_longest_task_ms_without`] = without.longestTaskMs;
      figures[`${page.key}_extension_longest_slice_ms`] = withExtension.extensionLongestSliceMs;
      figures[`${page.key}_timer_lag_ms_with`] = withExtension.maxLagMs;
      figures[`${page.key}_timer_lag_ms_without`] = without.maxLagMs;
      figures[`${page.key}_heap_mb_with`] = withExtension.heapMb;
      figures[`${page.key}_heap_mb_without`] = without.heapMb;
      figures[`${page.key}_main_thread_ms_with`] = withExtension.taskMs;
      figures[`${page.key}_main_thread_ms_without`] = without.taskMs;
      // What the extension added, as a share of the page's own main-thread time.
      figures[`${page.key}_added_share`] = (withExtension.taskMs - without.taskMs) / without.taskMs;
      if (page.key === 'mutation_storm_10s') {
        figures.mutation_storm_page_busy_ms_with = withExtension.pageBusyMs;
        figures.mutation_storm_page_busy_ms_without = without.pageBusyMs;
      }
    }
  } finally {
    await extension.close();
    await reference.close();
    await server.close();
  }
  return figures;
}
