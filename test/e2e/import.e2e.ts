/**
 * Imports, notes, backup and storage in the built extension, in real Chromium: the options page
 * as a user drives it, and extension storage read directly (through the service worker) to
 * check that what the page says is what is stored.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, launchWithExtension, watchPageErrors, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { all, waitForHighlights } from './page-helpers';
import { CHROMIUM, EXTENSION_DIR, FIXTURES_DIR } from './paths';

const NEWSLETTER = readFileSync(join(FIXTURES_DIR, 'import-newsletter.txt'), 'utf8');
const HOSTILE = readFileSync(join(FIXTURES_DIR, 'import-hostile.html'));
const TITLE = 'China TMT Update – March 2025';
const QUANTUM = 'Measures for the Administration of Quantum Communication Services';
const QUANTUM_ID = 'document:measures-for-administration-of-quantum-communication-services';
const USER_KEY = /^(?:highlightSettings|notes|import:|setAside:)/;

type Snapshot = Record<string, unknown>;

/** The slice of the extension API these tests call inside the service worker. */
declare const chrome: {
  storage: { local: { get(keys: null): Promise<Snapshot>; set(items: Snapshot): Promise<void>; clear(): Promise<void> } };
  runtime: { getManifest(): { version: string } };
};

/** What TMT Lens keeps in local storage (its own keys only). */
async function userStorage(worker: Worker): Promise<Snapshot> {
  const everything = (await worker.evaluate(() => chrome.storage.local.get(null))) as Snapshot;
  return Object.fromEntries(Object.entries(everything).filter(([key]) => USER_KEY.test(key)));
}

async function setStorage(worker: Worker, items: Snapshot): Promise<void> {
  await worker.evaluate((values) => chrome.storage.local.set(values), items);
}

async function clearStorage(worker: Worker): Promise<void> {
  await worker.evaluate(() => chrome.storage.local.clear());
}

async function importPasted(page: Page, text: string): Promise<void> {
  await page.getByLabel('Paste the newsletter’s text').fill(text);
  await page.getByRole('button', { name: 'Read newsletter' }).click();
}

async function confirmImport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('status').filter({ hasText: /^Imported “/ }).waitFor();
}

/**
 * Chooses a file in the import form. A large file goes by path, as a user's would: sent as a
 * buffer over the DevTools protocol, 20 MB took more than 30 s on a loaded machine.
 */
async function chooseImportFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/plain'): Promise<void> {
  const input = page.getByLabel('Choose a .txt or .html file');
  if (buffer.length < 1_000_000) return input.setInputFiles({ name, mimeType, buffer });
  // The page reads the file after the choice, so it stays until the suite ends.
  const dir = mkdtempSync(join(tmpdir(), 'tmt-lens-file-'));
  chosenFileDirs.push(dir);
  writeFileSync(join(dir, name), buffer);
  await input.setInputFiles(join(dir, name));
}

const chosenFileDirs: string[] = [];

async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert').first();
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}

async function downloadBackup(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tmt-lens-backup-\d{4}-\d{2}-\d{2}\.json$/);
  return readFileSync(await download.path(), 'utf8');
}

async function chooseBackup(page: Page, text: string, name = 'tmt-lens-backup.json'): Promise<void> {
  await page.getByLabel('Restore from a backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

function aNote(entryId: string, entryName: string, text: string, starred = false) {
  return { entryId, entryName, entryType: entryId.slice(0, entryId.indexOf(':')), text, starred, createdAt: '2025-03-01T10:00:00.000Z', updatedAt: '2025-03-01T10:00:00.000Z' };
}

describe('imports, notes and backup on the options page', () => {
  let extension: ExtensionBrowser;
  let worker: Worker;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    extension = await launchWithExtension();
    worker = extension.serviceWorker;
  });
  afterAll(async () => {
    await extension?.close();
    for (const dir of chosenFileDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await page?.close();
    await clearStorage(worker);
    page = await extension.openExtensionPage('options.html');
    errors = watchPageErrors(page);
    await page.getByRole('heading', { name: 'Your imports' }).waitFor();
  });

  it('imports a pasted newsletter after a preview, lists it, removes it, and adds it again from a file', async () => {
    await importPasted(page, NEWSLETTER);
    const preview = page.getByRole('region', { name: `Preview of “${TITLE}”` });
    await preview.waitFor();
    await expect(preview.getByRole('heading', { name: `Preview of “${TITLE}”` }).evaluate((heading) => heading === document.activeElement)).resolves.toBe(true);
    const newEntries = await preview.getByRole('list', { name: 'New entries' }).getByRole('listitem').allTextContents();
    expect(newEntries.some((text) => text.includes(QUANTUM))).toBe(true);
    expect(newEntries.some((text) => text.includes('Lanting Voice Cloning Case'))).toBe(true);
    const merge = preview.getByRole('row').filter({ hasText: 'Data Security Law of the People\'s Republic of China' });
    expect(await merge.getByRole('cell').allTextContents()).toEqual([expect.stringContaining('Data Security Law of the People\'s Republic of China'), 'Data Security Law', 'Data Security Law']);
    expect(await userStorage(worker)).toEqual({}); // nothing is stored before the user confirms
    // The pasted text stays in view, read-only, beside its preview.
    const box = page.getByLabel('Paste the newsletter’s text');
    expect(await box.inputValue()).toBe(NEWSLETTER);
    expect(await box.evaluate((element) => (element as HTMLTextAreaElement).readOnly)).toBe(true);

    await confirmImport(page);
    expect(await page.getByLabel('Paste the newsletter’s text').inputValue()).toBe('');
    const list = page.getByRole('table', { name: 'Your imports' });
    const row = list.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(['Pasted text', expect.any(String), '5 news items, 10 entries', 'Remove']);
    const stored = await userStorage(worker);
    const [key] = Object.keys(stored);
    expect(key).toMatch(/^import:[0-9a-f]{14}$/);

    await row.getByRole('button', { name: `Remove “${TITLE}”` }).click();
    await page.getByRole('button', { name: 'Remove import' }).click();
    await page.getByRole('status').filter({ hasText: `Removed “${TITLE}”` }).waitFor();
    expect(await userStorage(worker)).toEqual({});
    await page.getByText('No imports yet.').waitFor();

    await chooseImportFile(page, 'march-2025.txt', Buffer.from(NEWSLETTER));
    await page.getByRole('region', { name: `Preview of “${TITLE}”` }).waitFor();
    await confirmImport(page);
    await list.getByRole('row').filter({ hasText: 'march-2025.txt' }).waitFor();
    expect(Object.keys(await userStorage(worker))).toEqual([key]);

    await importPasted(page, NEWSLETTER);
    expect(await alertText(page)).toMatch(/^This newsletter was already imported on \d{1,2} [A-Z][a-z]{2} \d{4}\. Nothing was imported\.$/);
    expect(errors).toEqual([]);
  });

  it('says what is wrong with bad input, and leaves stored data as it was', async () => {
    await setStorage(worker, { notes: { version: 1, notes: [aNote('document:data-security-law', 'Data Security Law', 'Keep me.')] } });
    await page.reload();
    const before = await userStorage(worker);

    await importPasted(page, '   ');
    expect(await alertText(page)).toBe('The newsletter is empty. Nothing was imported.');
    await chooseImportFile(page, 'newsletter.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]));
    expect(await alertText(page)).toBe('“newsletter.txt” is not text: it contains binary data. Choose a .txt or .html file, or paste the newsletter’s text.');
    await chooseImportFile(page, 'huge.txt', Buffer.alloc(20_000_000, 'a'));
    expect(await alertText(page)).toMatch(/^“huge\.txt” is 20\.0 MB; TMT Lens reads newsletters of up to 5 million characters\./);
    await chooseImportFile(page, 'newsletter.pdf', Buffer.from('%PDF-1.7'), 'application/pdf');
    expect(await alertText(page)).toMatch(/^“newsletter\.pdf” is not a \.txt or \.html file\./);
    await importPasted(page, 'A shopping list: apples, pears, bread, milk, butter and cheese for the weekend.');
    expect(await alertText(page)).toBe('No regulations, authorities or cases were found in this text. Is it a China TMT newsletter? Nothing was imported.');
    expect(await userStorage(worker)).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('reads HTML with scripts and event handlers as text only, and shows markup in names as text', async () => {
    await chooseImportFile(page, 'alert.html', HOSTILE, 'text/html');
    const title = 'China TMT Alert <img src=x onerror="window.__tmtLensPwned=\'title\'"> – April 2025';
    const preview = page.getByRole('region', { name: `Preview of “${title}”` });
    await preview.waitFor();
    await preview.getByText('The input was HTML; its text was extracted and its markup ignored.').waitFor();
    await confirmImport(page);
    await page.getByRole('table', { name: 'Your imports' }).getByRole('rowheader', { name: title }).waitFor();
    expect(await page.evaluate(() => ({ pwned: (window as { __tmtLensPwned?: unknown }).__tmtLensPwned, images: document.images.length, scripts: document.querySelectorAll('body script, iframe, svg').length }))).toEqual({
      pwned: undefined,
      images: 0,
      scripts: 0,
    });
    const [record] = Object.values(await userStorage(worker)) as Array<{ text: string }>;
    expect(record!.text).not.toMatch(/<script|onload=|onerror="window.__tmtLensPwned = |<iframe/);
    expect(errors).toEqual([]);
  });

  it('backs up all user data, deletes it, restores it, and storage is as it was', async () => {
    await setStorage(worker, {
      notes: { version: 1, notes: [aNote('document:data-security-law', 'Data Security Law', 'Classification duty: Art. 21.', true)] },
      highlightSettings: { enabled: true, disabledSites: ['example.com'] },
    });
    await page.reload();
    await importPasted(page, NEWSLETTER);
    await confirmImport(page);
    await page.getByRole('list', { name: 'Your notes and stars' }).getByText('Data Security Law').first().waitFor();
    await page.getByRole('list', { name: 'Sites where highlighting is off' }).getByText('example.com').waitFor();
    const before = await userStorage(worker);
    expect(Object.keys(before).sort()).toEqual(['highlightSettings', expect.stringMatching(/^import:/), 'notes']);

    const backup = await downloadBackup(page);
    expect(JSON.parse(backup)).toMatchObject({ format: 'tmt-lens-backup', version: 1, data: { notes: [expect.objectContaining({ text: 'Classification duty: Art. 21.' })] } });

    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('status').filter({ hasText: 'All your TMT Lens data was deleted' }).waitFor();
    expect(await userStorage(worker)).toEqual({});
    await page.getByText('No imports yet.').waitFor();

    await chooseBackup(page, backup);
    const restore = page.getByRole('region', { name: 'Restore “tmt-lens-backup.json”?' });
    await restore.getByText(/It holds 1 import, 1 note, highlighting settings/).waitFor();
    await restore.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('status').filter({ hasText: /^Restored 1 import, 1 note, highlighting settings/ }).waitFor();
    expect(await userStorage(worker)).toEqual(before);
    await page.getByRole('table', { name: 'Your imports' }).getByText(TITLE).waitFor();
    expect(errors).toEqual([]);
  });

  it('refuses a truncated, damaged or newer backup with the reason, and changes nothing', async () => {
    await setStorage(worker, { notes: { version: 1, notes: [aNote('authority:cac', 'Cyberspace Administration of China', 'Filing within 30 days.')] } });
    await page.reload();
    const backup = await downloadBackup(page);
    const before = await userStorage(worker);

    await chooseBackup(page, backup.slice(0, Math.floor(backup.length / 2)));
    expect(await alertText(page)).toMatch(/^The backup is incomplete: the file ends before its data does\. .* Nothing was changed\.$/);
    await chooseBackup(page, backup.replace('Filing within 30 days.', 'Filing within 60 days.'));
    expect(await alertText(page)).toBe('The backup is damaged: its contents do not match the checksum written when it was made. Nothing was changed.');
    await chooseBackup(page, backup.replace('"version":1', '"version":7'));
    expect(await alertText(page)).toMatch(/^This backup was made by a newer version of TMT Lens \(data format 7; this version reads up to 1\)\. Update TMT Lens, then restore it\. Nothing was changed\.$/);
    await chooseBackup(page, '\u0000\u0001garbage', 'garbage.json');
    expect(await alertText(page)).toMatch(/^This file is not a TMT Lens backup: it is not valid JSON/);
    // The message stands by the restore control, not under "Delete all my data".
    expect(
      await page.evaluate(() => {
        const alert = document.querySelector('[role="alert"]');
        const deleteHeading = [...document.querySelectorAll('h3')].find((heading) => heading.textContent === 'Delete all my data');
        return Boolean(alert && deleteHeading && alert.compareDocumentPosition(deleteHeading) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    expect(await userStorage(worker)).toEqual(before);
    await page.getByRole('list', { name: 'Your notes and stars' }).getByText('Cyberspace Administration of China').first().waitFor();
  });

  it('sets unreadable stored data aside and reports it; leaves a newer version’s data untouched', async () => {
    const garbage = { 'document:data-security-law': 'a note in no known format' };
    const future = { version: 9, id: '0123456789abcd', title: 'From the future', whatever: true };
    await setStorage(worker, { notes: garbage, 'import:0123456789abcd': future });
    await page.reload();
    const problems = page.getByRole('region', { name: 'Some stored data could not be read' });
    await problems.getByText(/Your notes and stars:.*kept aside, unchanged/).waitFor();
    await problems.getByText(/Imported newsletter “From the future”: Saved by a newer version of TMT Lens/).waitFor();
    const stored = await userStorage(worker);
    expect(stored['import:0123456789abcd']).toEqual(future);
    expect(stored.notes).toBeUndefined();
    const asides = Object.entries(stored).filter(([key]) => key.startsWith('setAside:'));
    expect(asides.map(([, value]) => (value as { value: unknown }).value)).toEqual([garbage]);

    const [download] = await Promise.all([page.waitForEvent('download'), problems.getByRole('button', { name: 'Download' }).click()]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toMatchObject({ from: 'notes', value: garbage });
    await problems.getByRole('button', { name: /^Delete the set-aside copy/ }).click();
    await problems.getByRole('button', { name: 'Delete it' }).click();
    await expect.poll(async () => Object.keys(await userStorage(worker)).filter((key) => key.startsWith('setAside:'))).toEqual([]);
  });

  it('exports the graph as JSON, CSV and Markdown', async () => {
    await importPasted(page, NEWSLETTER);
    await confirmImport(page);
    const exportSection = page.getByRole('region', { name: 'Export the graph' });
    await exportSection.getByLabel('Entries from my imports').check();
    for (const [format, extension, check] of [
      ['JSON (the graph, with every source)', 'json', (text: string) => expect((JSON.parse(text) as { nodes: Array<{ name: string }> }).nodes.map((node) => node.name)).toContain(QUANTUM)],
      ['CSV (spreadsheet)', 'csv', (text: string) => expect(text).toContain(`${QUANTUM},Document,Departmental rule,Final,Ministry of Industry and Information Technology`)],
      ['Markdown', 'md', (text: string) => expect(text).toContain(`| ${QUANTUM} (Final) | Departmental rule | Ministry of Industry and Information Technology |`)],
    ] as const) {
      await exportSection.getByLabel('Format').selectOption({ label: format });
      const [download] = await Promise.all([page.waitForEvent('download'), exportSection.getByRole('button', { name: 'Download' }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^tmt-lens-graph-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`));
      check(readFileSync(await download.path(), 'utf8'));
    }
  });

  it('turns highlighting off and on, and removes a site from the off list', async () => {
    await setStorage(worker, { highlightSettings: { enabled: true, disabledSites: ['example.com', 'news.example.org'] } });
    await page.reload();
    await page.getByRole('button', { name: 'Turn highlighting back on for example.com' }).click();
    await page.getByLabel('Highlight recognised names on web pages').uncheck();
    await expect.poll(async () => (await userStorage(worker)).highlightSettings).toEqual({ enabled: false, disabledSites: ['news.example.org'] });
  });
});

describe('stored data survives a newer build of the extension', () => {
  const root = mkdtempSync(join(tmpdir(), 'tmt-lens-upgrade-'));
  const extensionDir = join(root, 'extension');
  const profileDir = join(root, 'profile');

  async function launch(): Promise<{ context: BrowserContext; worker: Worker; id: string }> {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: false,
      args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    return { context, worker, id: new URL(worker.url()).host };
  }

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps every import, note and setting, byte for byte', async () => {
    cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
    const first = await launch();
    const options = await first.context.newPage();
    await options.goto(`chrome-extension://${first.id}/options.html`);
    await importPasted(options, NEWSLETTER);
    await confirmImport(options);
    await setStorage(first.worker, {
      notes: { version: 1, notes: [aNote('document:data-security-law', 'Data Security Law', 'Survives upgrades.', true)] },
      highlightSettings: { enabled: false, disabledSites: ['example.com'] },
    });
    const before = await userStorage(first.worker);
    await first.context.close();

    // The "newer build": same code, a higher version, loaded from the same place over the same profile.
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
    const second = await launch();
    expect(await second.worker.evaluate(() => chrome.runtime.getManifest().version)).toBe(`${manifest.version}.1`);
    const page = await second.context.newPage();
    await page.goto(`chrome-extension://${second.id}/options.html`);
    await page.getByRole('table', { name: 'Your imports' }).getByText(TITLE).waitFor();
    await page.getByRole('list', { name: 'Your notes and stars' }).getByText('Data Security Law').first().waitFor();
    expect(await userStorage(second.worker)).toEqual(before);
    await second.context.close();
  });
});

/**
 * These need the integrator's wiring (issue 7's contract): the background serving the merged
 * graph and user dictionary, the content script adding the user matcher, the popup searching
 * imported entries, and the side panel mounting components/notes/EntryNotes.
 */
describe('imported names across the extension', () => {
  let extension: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    extension = await launchWithExtension();
    const options = await extension.openExtensionPage('options.html');
    await importPasted(options, NEWSLETTER);
    await confirmImport(options);
    await options.close();
  });
  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('highlights imported names on a page once the user turns that on', async () => {
    // Off by default, so that a page cannot learn what was imported (test/e2e/hostile.e2e.ts).
    const options = await extension.openExtensionPage('options.html');
    await options.getByLabel('Also highlight names found only in your imports').check();
    await options.getByRole('status').filter({ hasText: 'Names from your imports are highlighted on web pages.' }).waitFor();
    await options.close();
    const page = await extension.context.newPage();
    await page.goto(server.url('/import-page.html'));
    // Names are painted as their blocks are scanned: wait for every one asserted below, not the first.
    const texts = await waitForHighlights(page, (seen) => all(seen).includes(QUANTUM) && all(seen).includes('Data Security Law') && seen.case.includes('Lanting Voice Cloning Case'));
    expect(texts.document).toEqual(expect.arrayContaining([QUANTUM, 'Data Security Law']));
    expect(texts.case).toContain('Lanting Voice Cloning Case');
    await page.close();
  });

  it('finds imported entries in the popup', async () => {
    const popup = await extension.openExtensionPage('popup.html');
    await popup.getByRole('combobox').fill('quantum communication');
    await popup.getByRole('option', { name: new RegExp(QUANTUM) }).first().waitFor();
    await popup.close();
  });

  it('shows an imported entry in the side panel, marked with its source, and takes a note and a star', async () => {
    const panel = await extension.openExtensionPage('sidepanel.html', `?id=${QUANTUM_ID}`);
    await panel.getByRole('heading', { name: QUANTUM }).waitFor();
    // Sources may sit in a collapsed list: present in the page is what matters here.
    await panel.getByText(`Imported: ${TITLE}`).first().waitFor({ state: 'attached' });
    await panel.getByLabel(`Your note on ${QUANTUM}`).fill('Licence needed by May.');
    await panel.getByRole('button', { name: `Star ${QUANTUM}` }).click();
    await panel.getByText('Saved.').waitFor();
    // Notes are searchable from the panel's search box.
    await panel.getByRole('combobox').fill('needed by May');
    await panel.getByRole('option', { name: new RegExp(QUANTUM) }).first().waitFor({ timeout: 5_000 });
    await panel.getByRole('combobox').fill('');
    const options = await extension.openExtensionPage('options.html');
    await options.getByRole('list', { name: 'Your notes and stars' }).getByText(QUANTUM).first().waitFor();
    // Each note field loads its note when it mounts: wait for it rather than read the empty start.
    await expect.poll(() => options.getByLabel(`Your note on ${QUANTUM}`).inputValue(), { timeout: 5_000 }).toBe('Licence needed by May.');
    await panel.close();
    await options.close();
  });

  it('searches the same in the side panel as in the popup: imports and notes included', async () => {
    const panel = await extension.openExtensionPage('sidepanel.html');
    await panel.getByRole('combobox').fill('quantum communication');
    await panel.getByRole('option', { name: new RegExp(QUANTUM) }).first().waitFor({ timeout: 10_000 });
    const popup = await extension.openExtensionPage('popup.html');
    await popup.getByRole('combobox').fill('needed by May');
    await popup.getByRole('option', { name: new RegExp(QUANTUM) }).first().waitFor({ timeout: 10_000 });
    expect(await popup.getByRole('option').first().textContent()).toContain('Your note matches');
    await popup.close();
    await panel.close();
  });
});
