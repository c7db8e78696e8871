// Opens a small article N times with the extension; prints the median in-page matcher-ready.
import { launchWithExtension } from '../e2e/browser';
import { startFixtureServer } from '../e2e/fixture-server';
const server = await startFixtureServer();
const browser = await launchWithExtension();
const ready: number[] = [];
for (let i = 0; i < Number(process.argv[2] ?? 15); i++) {
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  const h = await page.waitForFunction(() => performance.getEntriesByName('tmt-lens:matcher-ready')[0]?.duration, null, { timeout: 30_000 });
  ready.push(Number(await h.jsonValue()));
  await page.close();
}
await browser.close(); await server.close();
ready.sort((a, b) => a - b);
console.log(process.env.TMT_OUT_DIR ?? '.output', 'median', ready[ready.length >> 1]!.toFixed(2), 'min', ready[0]!.toFixed(2), 'all', ready.map((v) => v.toFixed(1)).join(' '));
