import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
const [file, mode = 'steps', runs = '6'] = process.argv.slice(2);
const json = readFileSync(file!, 'utf8');
const out = await build({ entryPoints: ['/tmp/prof/page-steps-entry.ts'], bundle: true, write: false, format: 'iife', minify: true, define: { DICT_JSON: JSON.stringify(json), MODE: JSON.stringify(mode) } });
const code = out.outputFiles[0]!.text;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
for (let i = 0; i < Number(runs); i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent(`<html><body><p>x</p><script>${code.replace(/<\/script/g, '<\\/script')}</script></body></html>`);
  console.log(await page.evaluate('globalThis.result'));
  await context.close();
}
await browser.close();
