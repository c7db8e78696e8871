/**
 * The side panel in the built extension: each kind of entry shows the facts the graph
 * holds, the graph navigates and keeps history, search and filters narrow what is shown,
 * and "On this page" lists what the content script found on a real tab. Entries are picked
 * from the bundled graph at run time, so the test follows the data as the parser improves.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../lib/graph/format-date';
import { isOfficialPage } from '../../lib/graph/official-page';
import { buildBundledData } from '../../lib/build/bundled-data';
import { browseEntries, NO_FILTERS } from '../../lib/graph/filters';
import {
  casesCiting,
  documentsCitedBy,
  documentsIssuedBy,
  entriesAbout,
  issuersOf,
  relatedDocuments,
  sourcesOf,
} from '../../lib/graph/entry-details';
import { indexGraph, type GraphIndex } from '../../lib/graph/graph-index';
import { STATUS_LABELS } from '../../lib/graph/labels';
import { buildNeighbourhood } from '../../lib/graph/neighbourhood';
import type { Graph, GraphNode } from '../../lib/graph/schema';
import { activeTabId, launchWithExtension, watchPageErrors, writeSessionStorage, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { all, readHighlights } from './page-helpers';
import { ARTIFACTS_DIR, ROOT } from './paths';

const SCREENSHOTS = resolve(ARTIFACTS_DIR, 'screenshots');
const PANEL_SIZE = { width: 400, height: 900 };

let graph: GraphIndex;
let extension: ExtensionBrowser;
let server: FixtureServer;

/** The document with the most links to other documents and cases, among those with an issuer. */
function pickDocument(): GraphNode {
  const score = (node: GraphNode) =>
    relatedDocuments(graph, node.id).reduce((sum, group) => sum + group.entries.length, 0) * 10 +
    casesCiting(graph, node.id).length * 10 +
    node.sources.length;
  const candidates = graph.graph.nodes.filter((node) => node.type === 'document' && issuersOf(graph, node).length > 0);
  return candidates.sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id))[0]!;
}

function pickCase(): GraphNode {
  const score = (node: GraphNode) => documentsCitedBy(graph, node.id).length * 10 + issuersOf(graph, node).length;
  return graph.graph.nodes.filter((node) => node.type === 'case').sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id))[0]!;
}

function pickTopic(): GraphNode {
  return graph.graph.nodes
    .filter((node) => node.type === 'topic')
    .sort((a, b) => entriesAbout(graph, b.id).length - entriesAbout(graph, a.id).length || a.id.localeCompare(b.id))[0]!;
}

function node(id: string): GraphNode {
  const found = graph.nodesById.get(id);
  if (!found) throw new Error(`the bundled graph has no ${id}`);
  return found;
}

interface PanelPage {
  page: Page;
  errors: string[];
}

async function openPanel(query: string, colorScheme: 'light' | 'dark' = 'light'): Promise<PanelPage> {
  const page = await extension.context.newPage();
  await page.setViewportSize(PANEL_SIZE);
  await page.emulateMedia({ colorScheme });
  const errors = watchPageErrors(page);
  await page.goto(`chrome-extension://${extension.extensionId}/sidepanel.html${query}`);
  return { page, errors };
}

async function waitForEntry(page: Page, id: string): Promise<void> {
  await page.waitForSelector(`article.entry[data-entry-id="${id}"]`, { timeout: 10_000 });
  // The graph is laid out for this entry (its layout key starts with the entry's id), or has nothing to draw.
  await page.waitForSelector(`.graph-view-canvas[data-graph-ready^="${id}|"], .graph-empty`, { timeout: 10_000 });
}

async function title(page: Page): Promise<string> {
  return (await page.locator('#entry-title').textContent()) ?? '';
}

/** Text of the fact row with this label, or null if the entry view has no such row. */
async function fact(page: Page, label: string): Promise<string | null> {
  const row = page.locator('.fact', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
  return (await row.count()) === 0 ? null : row.locator('dd').textContent();
}

/** Entry ids listed in the entry-view section whose heading starts with `heading`. */
async function listedIds(page: Page, heading: string): Promise<string[]> {
  const section = page.locator('section.entry-section', { has: page.locator('h3', { hasText: heading }) }).first();
  return section.locator('.entry-list > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-entry-id') ?? ''));
}

/** Entry ids drawn in the graph, read from its accessible list (which mirrors the canvas). */
async function graphIds(page: Page): Promise<string[]> {
  return page.locator('.graph-node-list li[data-entry-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-entry-id') ?? ''));
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  graph = indexGraph(JSON.parse(buildBundledData(resolve(ROOT, 'seeds')).graphJson) as Graph);
  server = await startFixtureServer();
  extension = await launchWithExtension();
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

describe('the side panel shows each kind of entry with the facts the graph holds', () => {
  it('a document: name, status, dates, issuers, related documents, sources and its graph', async () => {
    const doc = pickDocument();
    if (doc.type !== 'document') throw new Error('not a document');
    const { page, errors } = await openPanel(`?id=${doc.id}`);
    await waitForEntry(page, doc.id);

    expect(await title(page)).toBe(doc.name);
    await expect(page.locator('.entry-kicker').textContent()).resolves.toContain(STATUS_LABELS[doc.status]);
    const issuers = issuersOf(graph, doc).map((linked) => linked.node);
    const issuedBy = await fact(page, 'Issued by');
    for (const issuer of issuers) expect(issuedBy).toContain(issuer.name);
    if (doc.issued) expect(await fact(page, 'Issued')).toBe(formatDate(doc.issued));
    if (doc.effective) expect(await fact(page, 'Effective')).toBe(formatDate(doc.effective));
    expect(await fact(page, 'Jurisdiction')).toBe(doc.jurisdiction);
    for (const group of relatedDocuments(graph, doc.id)) {
      expect(await listedIds(page, group.label)).toEqual(group.entries.slice(0, 12).map((entry) => entry.node.id));
    }

    const sources = sourcesOf(doc.sources);
    await expect(page.locator('#sources-heading .count').textContent()).resolves.toBe(String(sources.length));
    await expect(page.locator('.sources .source-quote').first().textContent()).resolves.toBe(sources[0]!.quote);
    await expect(page.locator('.sources .source-cite').first().textContent()).resolves.toContain(sources[0]!.item);

    // The graph draws the document's issuers around it.
    const drawn = await graphIds(page);
    for (const issuer of issuers) expect(drawn).toContain(issuer.id);
    const expected = buildNeighbourhood(graph, doc.id, { depth: 1 }).nodes.filter((n) => n.type !== 'more' && n.id !== doc.id);
    expect(drawn).toEqual(expected.map((n) => n.id));

    await screenshot(page, 'sidepanel-document-light');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a curated entry: the state’s own page first, marked, linked, with the facts its quote supports', async () => {
    // A document with curated sources on a gov.cn page and on some other page, newsletter sources too if any.
    const doc = graph.graph.nodes.find(
      (candidate) =>
        candidate.type === 'document' &&
        candidate.sources.some((source) => isOfficialPage(source.url)) &&
        candidate.sources.some((source) => source.url && !isOfficialPage(source.url)),
    )!;
    const { page, errors } = await openPanel(`?id=${doc.id}`);
    await waitForEntry(page, doc.id);
    const sources = sourcesOf(doc.sources);
    const official = sources.filter((source) => isOfficialPage(source.url));
    const citations = page.locator('.sources .source-cite');
    await expect(citations.first().locator('.source-official').textContent()).resolves.toBe('Official site');
    await expect(citations.first().locator('a.source-link').getAttribute('href')).resolves.toBe(official[0]!.url);
    if (official[0]!.supports?.length) await expect(citations.first().locator('.source-supports').textContent()).resolves.toContain(official[0]!.supports[0]!);
    // Only the state's pages carry the mark: as many marks as official pages among those shown.
    const shown = Math.min(sources.length, 8);
    expect(await page.locator('.sources .source-official').count()).toBe(official.filter((source) => sources.indexOf(source) < shown).length);
    await page.locator('.sources').scrollIntoViewIfNeeded();
    await screenshot(page, 'sidepanel-curated-sources');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an English title no source writes: said to be TMT Lens’s translation; one a source writes: not', async () => {
    // One adopted the day it was issued, whose adoption row is left out, if there is one.
    const translated = (graph.graph.nodes.find((candidate) => candidate.type === 'document' && candidate.titleTranslated && candidate.adopted !== undefined && candidate.adopted === candidate.issued) ??
      graph.graph.nodes.find((candidate) => candidate.type === 'document' && candidate.titleTranslated))!;
    const written = node('document:data-security-law');
    expect(written.type === 'document' && written.titleTranslated).toBeFalsy();
    const { page, errors } = await openPanel(`?id=${translated.id}`);
    await waitForEntry(page, translated.id);
    await expect(page.locator('.entry-title-note').textContent()).resolves.toBe('English title translated by TMT Lens from the Chinese: none of the sources below writes it.');
    // No source claims the English title it does not write, and no fact row is shown without its value.
    expect(await page.locator('.sources .source-supports', { hasText: 'English title' }).count()).toBe(0);
    expect(await page.locator('.fact-list .fact').count()).toBeGreaterThan(0);
    expect(await page.locator('.fact-list dd:empty').count()).toBe(0);
    await page.goto(page.url().replace(/\?id=.*$/, `?id=${written.id}`));
    await waitForEntry(page, written.id);
    expect(await page.locator('.entry-title-note').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an authority: Chinese name, abbreviations, and the documents it issued, newest first', async () => {
    const cac = node('authority:cac');
    if (cac.type !== 'authority') throw new Error('not an authority');
    const { page, errors } = await openPanel(`?id=${cac.id}`);
    await waitForEntry(page, cac.id);

    expect(await title(page)).toBe(cac.name);
    // The Chinese name is under the title, once: not repeated in the facts.
    if (cac.nameZh) {
      expect(await page.locator('.entry-name-zh').textContent()).toBe(cac.nameZh);
      expect(await page.getByText(cac.nameZh, { exact: true }).count()).toBe(1);
    }
    expect(await fact(page, 'Abbreviations')).toBe(cac.abbreviations.join(', '));
    const issued = await listedIds(page, 'Documents issued');
    expect(issued).toEqual(documentsIssuedBy(graph, cac.id).slice(0, 15).map((entry) => entry.node.id));
    // Checked against the raw edges as well: each listed document names the CAC as its issuer.
    for (const id of issued) {
      expect(graph.graph.edges.some((edge) => edge.type === 'issued_by' && edge.source === id && edge.target === cac.id)).toBe(true);
    }
    await screenshot(page, 'sidepanel-authority-light');
    const lightColour = await centreColour(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    // The canvas follows the theme too: the centre node takes the dark theme's authority colour.
    await expect.poll(() => centreColour(page)).not.toBe(lightColour);
    expect(await centreColour(page)).toBe(await themeColour(page, '--authority'));
    await screenshot(page, 'sidepanel-authority-dark');
    expect(errors).toEqual([]);
    await page.close();

    // "Also called" lists a name once, whatever its spelling: TC260 is known as both
    // "Standardisation" and "Standardization" committee.
    const tc260 = await openPanel('?id=authority:tc260');
    await waitForEntry(tc260.page, 'authority:tc260');
    const aliases = await tc260.page.locator('.entry-aliases .alias').allTextContents();
    expect(aliases.length).toBeGreaterThan(0);
    const spellings = [await title(tc260.page), ...aliases].map((name) => name.toLowerCase().replace(/isation/g, 'ization'));
    expect(new Set(spellings).size).toBe(spellings.length);
    await tc260.page.close();
  });

  it('a case: court, date, case number and the documents it cites', async () => {
    const ruling = pickCase();
    if (ruling.type !== 'case') throw new Error('not a case');
    const { page, errors } = await openPanel(`?id=${ruling.id}`);
    await waitForEntry(page, ruling.id);

    expect(await title(page)).toBe(ruling.name);
    const deciders = issuersOf(graph, ruling).map((linked) => linked.node.name);
    const court = await fact(page, 'Court or agency');
    if (deciders.length > 0) for (const name of deciders) expect(court).toContain(name);
    else expect(court).toBe(ruling.court ?? null);
    if (ruling.date) expect(await fact(page, 'Date')).toBe(formatDate(ruling.date));
    if (ruling.caseNumber) expect(await fact(page, 'Case number')).toBe(ruling.caseNumber);
    expect(await listedIds(page, 'Documents cited')).toEqual(documentsCitedBy(graph, ruling.id).map((entry) => entry.node.id));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a topic: its entries, newest first', async () => {
    const topic = pickTopic();
    const { page, errors } = await openPanel(`?id=${topic.id}`);
    await waitForEntry(page, topic.id);

    expect(await title(page)).toBe(topic.name);
    const entries = entriesAbout(graph, topic.id);
    await expect(
      page.locator('section.entry-section', { has: page.locator('h3', { hasText: 'Entries on this topic' }) }).locator('h3 .count').textContent(),
    ).resolves.toBe(String(entries.length));
    expect(await listedIds(page, 'Entries on this topic')).toEqual(entries.slice(0, 20).map((entry) => entry.id));
    await screenshot(page, 'sidepanel-topic-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(200);
    await screenshot(page, 'sidepanel-topic-dark');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when an entry does not exist', async () => {
    const { page, errors } = await openPanel('?id=document:no-such-entry');
    // The graph is read from storage first (imports merged in), so wait for the heading.
    await page.getByRole('heading', { name: 'No such entry' }).waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('graph navigation', () => {
  it('opens the entry of a clicked node, with back and forward through the panel\'s history', async () => {
    const doc = pickDocument();
    const { page, errors } = await openPanel(`?id=${doc.id}`);
    await waitForEntry(page, doc.id);

    // Click a node on the canvas itself, at the position Cytoscape drew it.
    const target = await page.evaluate(() => {
      const container = document.querySelector('.graph-view-canvas') as HTMLElement & { _cyreg?: { cy: CyLike } };
      const cy = container._cyreg!.cy;
      const box = container.getBoundingClientRect();
      const candidates = cy.nodes().filter((n) => n.data('ring') === 1 && n.data('type') !== 'more');
      for (const n of candidates) {
        const p = n.renderedPosition();
        if (p.y > 10 && p.x > 10 && p.x < box.width - 10 && p.y < box.height - 10) return { id: n.id(), x: box.left + p.x, y: box.top + p.y };
      }
      return null;
    });
    expect(target).not.toBeNull();
    // Relation labels show on the hovered node's edges only.
    const edgeLabels = () =>
      page.evaluate((id) => {
        const container = document.querySelector('.graph-view-canvas') as HTMLElement & { _cyreg?: { cy: CyLike } };
        const shown = container._cyreg!.cy.edges().filter((edge) => edge.style('label') !== '');
        return { shown: shown.length, onHovered: shown.filter((edge) => edge.connectedNodes().some((n) => n.id() === id)).length };
      }, target!.id);
    expect((await edgeLabels()).shown).toBe(0);
    await page.mouse.move(target!.x, target!.y);
    await expect.poll(async () => (await edgeLabels()).shown).toBeGreaterThan(0);
    const hovered = await edgeLabels();
    expect(hovered.onHovered).toBe(hovered.shown);
    await page.mouse.click(target!.x, target!.y);
    await waitForEntry(page, target!.id);
    expect(await title(page)).toBe(node(target!.id).name);
    // Focus follows navigation to the new entry's title.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('entry-title');

    await page.getByRole('button', { name: 'Back' }).click();
    await waitForEntry(page, doc.id);
    expect(await title(page)).toBe(doc.name);
    await page.getByRole('button', { name: 'Forward' }).click();
    await waitForEntry(page, target!.id);
    await page.keyboard.press('Alt+ArrowLeft');
    await waitForEntry(page, doc.id);
    await expect(page.getByRole('button', { name: 'Forward' }).isEnabled()).resolves.toBe(true);

    // The keyboard route: the graph's entry list appears when focused, and Enter opens an entry.
    const firstListed = page.locator('.graph-node-list li[data-entry-id] button').first();
    const listedId = await page.locator('.graph-node-list li[data-entry-id]').first().getAttribute('data-entry-id');
    await firstListed.focus();
    await expect(page.locator('.graph-node-list').evaluate((list) => list.getBoundingClientRect().height)).resolves.toBeGreaterThan(40);
    // One Tab stop; the arrow keys, End and Home move through it; focus is drawn.
    const listButtons = page.locator('.graph-node-list button');
    const buttonCount = await listButtons.count();
    expect(buttonCount).toBeGreaterThan(2);
    const focusedAt = () => page.evaluate(() => [...document.querySelectorAll('.graph-node-list button')].indexOf(document.activeElement as HTMLButtonElement));
    const tabStops = () => page.evaluate(() => [...document.querySelectorAll('.graph-node-list button')].filter((button) => (button as HTMLButtonElement).tabIndex === 0).length);
    await page.keyboard.press('ArrowDown');
    expect(await focusedAt()).toBe(1);
    expect(await tabStops()).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('End');
    expect(await focusedAt()).toBe(buttonCount - 1);
    await page.keyboard.press('Home');
    expect(await focusedAt()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await focusedAt()).toBe(-1); // one Tab leaves the list, however long
    await page.keyboard.press('Shift+Tab');
    expect(await focusedAt()).toBe(0); // and comes back to where it was
    await page.keyboard.press('Enter');
    await waitForEntry(page, listedId!);
    expect(await title(page)).toBe(node(listedId!).name);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('caps a hub with "+N more", expands it in place without moving what is drawn, and goes to depth 2', async () => {
    const { page, errors } = await openPanel('?id=authority:cac');
    await waitForEntry(page, 'authority:cac');
    const before = await graphIds(page);
    const hood = buildNeighbourhood(graph, 'authority:cac', { depth: 1 });
    const more = hood.nodes.find((n) => n.type === 'more');
    expect(before).toHaveLength(hood.nodes.filter((n) => n.type !== 'more').length - 1);

    if (more) {
      const positions = await nodePositions(page);
      // Through the keyboard route: the list is out of sight until focused.
      await page.locator(`.graph-node-list li[data-more-for="authority:cac"] button`).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((count) => document.querySelectorAll('.graph-node-list li[data-entry-id]').length > count, before.length);
      const after = await nodePositions(page);
      for (const id of before) {
        expect(after[id]!.x).toBeCloseTo(positions[id]!.x, 1);
        expect(after[id]!.y).toBeCloseTo(positions[id]!.y, 1);
      }
      // The new nodes ring what was drawn, so their labels do not land on the first ring's.
      const centre = after['authority:cac']!;
      const distance = (point: { x: number; y: number }) => Math.hypot(point.x - centre.x, point.y - centre.y);
      const drawnReach = Math.max(...Object.entries(positions).map(([, point]) => distance(point)));
      const added = Object.keys(after).filter((id) => !(id in positions));
      expect(added.length).toBeGreaterThan(0);
      for (const id of added) expect(distance(after[id]!)).toBeGreaterThan(drawnReach);
    }

    await page.locator('.segmented label', { hasText: '2 steps' }).click();
    await page.waitForSelector('.graph-node-list li[data-ring="2"]', { state: 'attached', timeout: 10_000 });
    // The second ring stands clear of the first: no label of one covers a label of the other.
    const clashes = await page.evaluate(() => {
      const container = document.querySelector('.graph-view-canvas') as HTMLElement & { _cyreg?: { cy: CyLike } };
      const nodes = container._cyreg!.cy.nodes().map((n) => ({ id: n.id(), ring: Number(n.data('ring')), box: n.boundingBox({ includeLabels: true }) }));
      const overlap = (a: CyBox, b: CyBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      const found: string[] = [];
      for (const outer of nodes.filter((n) => n.ring === 2)) {
        for (const inner of nodes.filter((n) => n.ring === 1)) if (overlap(outer.box, inner.box)) found.push(`${outer.id} × ${inner.id}`);
      }
      return found;
    });
    expect(clashes).toEqual([]);

    // Readable at the panel's default width: every label drawn is at least 10 px high, no label
    // covers another, and a label left out is in the entry list and shows on hover and on focus.
    const labels = await page.evaluate(() => {
      const cy = (document.querySelector('.graph-view-canvas') as HTMLElement & { _cyreg?: { cy: LabelCy } })._cyreg!.cy;
      const zoom = cy.zoom();
      const drawn = cy.nodes().filter((n) => n.style('label') !== '');
      const boxes = drawn.map((n) => ({ id: n.id(), box: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }) }));
      const overlap = (a: CyBox, b: CyBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      const covering: string[] = [];
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => overlap(a.box, b.box) && covering.push(`${a.id} × ${b.id}`)));
      return {
        nodes: cy.nodes().length,
        smallest: Math.min(...drawn.map((n) => parseFloat(n.style('font-size')) * zoom)),
        drawn: drawn.length,
        covering,
        hidden: cy.nodes().filter((n) => n.style('label') === '' && n.data('type') !== 'more').map((n) => n.id()),
      };
    });
    console.log(`CAC at 2 steps: ${labels.drawn} of ${labels.nodes} labels drawn, smallest ${labels.smallest.toFixed(1)} px; ${labels.hidden.length} shown on hover or focus`);
    expect(labels.nodes).toBeGreaterThan(15);
    expect(labels.drawn).toBeGreaterThan(1);
    expect(labels.smallest).toBeGreaterThanOrEqual(10);
    expect(labels.covering).toEqual([]);
    const listed = new Set(await graphIds(page));
    for (const id of labels.hidden) expect(listed.has(id)).toBe(true);
    if (labels.hidden.length > 0) {
      const hiddenId = labels.hidden[0]!;
      const labelOf = (id: string) =>
        page.evaluate((nodeId) => {
          const cy = (document.querySelector('.graph-view-canvas') as HTMLElement & { _cyreg?: { cy: LabelCy } })._cyreg!.cy;
          return cy.getElementById(nodeId).style('label');
        }, id);
      await page.evaluate((nodeId) => {
        const cy = (document.querySelector('.graph-view-canvas') as HTMLElement & { _cyreg?: { cy: LabelCy } })._cyreg!.cy;
        cy.getElementById(nodeId).emit('mouseover');
      }, hiddenId);
      expect(await labelOf(hiddenId)).not.toBe('');
      await page.evaluate((nodeId) => {
        const cy = (document.querySelector('.graph-view-canvas') as HTMLElement & { _cyreg?: { cy: LabelCy } })._cyreg!.cy;
        cy.getElementById(nodeId).emit('mouseout');
      }, hiddenId);
      expect(await labelOf(hiddenId)).toBe('');
      await page.locator(`.graph-node-list li[data-entry-id="${hiddenId}"] button`).first().focus();
      await expect.poll(() => labelOf(hiddenId), { timeout: 5_000 }).not.toBe('');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('search and filters', () => {
  it('finds an entry by abbreviation and opens it from the keyboard', async () => {
    const { page, errors } = await openPanel('?id=authority:cac');
    await waitForEntry(page, 'authority:cac');
    const doc = pickDocument();
    await page.keyboard.press('/');
    await page.keyboard.type(doc.name.split(/\s+/).slice(0, 4).join(' '));
    await page.waitForSelector(optionFor(doc.id), { timeout: 10_000 });
    await screenshot(page, 'sidepanel-search-light');
    const options = await optionIds(page);
    for (let step = 0; step < options.indexOf(doc.id); step++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForEntry(page, doc.id);

    await page.locator('#panel-search').fill('CAC');
    await page.waitForSelector(optionFor('authority:cac'));
    expect((await optionIds(page))[0]).toBe('authority:cac');
    await page.keyboard.press('Escape');
    await expect(page.locator('#panel-search').inputValue()).resolves.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters search results, the browse list and the graph by type and status', async () => {
    const { page, errors } = await openPanel('?id=authority:cac');
    await waitForEntry(page, 'authority:cac');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.locator('.filter-panel label', { hasText: 'Documents' }).click();

    // The graph keeps the CAC and only the documents around it.
    await page.waitForFunction(() => [...document.querySelectorAll('.graph-node-list li[data-entry-id]')].every((li) => li.getAttribute('data-entry-id')!.startsWith('document:')));
    expect((await graphIds(page)).length).toBeGreaterThan(0);

    // Search respects the filter: the CAC itself is not a document.
    await page.locator('#panel-search').fill('CAC');
    await page.waitForSelector('.search-status');
    await page.waitForTimeout(100);
    const hits = await optionIds(page);
    expect(hits.every((id) => id.startsWith('document:'))).toBe(true);
    await page.keyboard.press('Escape');

    // Drafts only: the browse list holds exactly the draft documents, newest first.
    await page.locator('.filter-panel label', { hasText: 'Draft for comment' }).click();
    const drafts = graph.graph.nodes.filter((n) => n.type === 'document' && n.status === 'draft');
    await expect(page.locator('.browse-results h3 .count').textContent()).resolves.toBe(String(drafts.length));
    const listed = await page.locator('.browse-results .entry-list > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-entry-id')));
    expect(listed.every((id) => drafts.some((draft) => draft.id === id))).toBe(true);
    await screenshot(page, 'sidepanel-filters-light');

    // A topic and a date range: the browse list holds what the graph says is in both.
    await page.locator('.filter-panel label', { hasText: 'Draft for comment' }).click();
    await page.locator('.filter-panel label', { hasText: 'Documents' }).click();
    const topic = pickTopic();
    await page.locator('.topic-chips label', { hasText: topic.name }).click();
    await page.getByLabel('From').fill('2024-01-01');
    const expected = browseEntries(graph, { ...NO_FILTERS, topics: [topic.id], from: '2024-01-01' });
    await expect.poll(() => page.locator('.browse-results h3 .count').textContent()).toBe(String(expected.length));
    const inRange = await page.locator('.browse-results .entry-list > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-entry-id')));
    expect(inRange).toEqual(expected.slice(0, 10).map((entry) => entry.id));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.locator('.browse-results').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('requests from the rest of the extension', () => {
  it('shows the entry the hover card, popup or context menu asked for while the panel is open', async () => {
    const { page, errors } = await openPanel('');
    await page.getByRole('heading', { name: /Look up a regulation/ }).waitFor();
    // What the background does when asked to open the panel on an entry (lib/ext/side-panel.ts).
    await writeSessionStorage(extension.serviceWorker, { sidePanelTarget: { id: 'authority:cac', view: 'entry', at: Date.now() } });
    await waitForEntry(page, 'authority:cac');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { name: /Look up a regulation/ }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches for a selection the context menu could not match to one entry', async () => {
    const { page, errors } = await openPanel('');
    const input = page.getByRole('combobox');
    await input.waitFor();
    // What lib/ext/browser-actions.ts stores for a selection that is no exact name.
    await writeSessionStorage(extension.serviceWorker, { sidePanelTarget: { view: 'entry', query: 'outbound data transfer', at: Date.now() } });
    await expect.poll(() => input.inputValue()).toBe('outbound data transfer');
    await expect.poll(() => page.getByRole('option').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect(page.getByRole('option').first().textContent()).resolves.toMatch(/Outbound Data Transfer/i);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('on this page', () => {
  it('lists what the content script found on the tab, by type with counts, and reveals a mention', async () => {
    const article = await extension.context.newPage();
    await article.goto(server.url('/sidepanel-article.html'));
    // The names lie far below the first screen, so none is painted yet: the panel's list (below)
    // says when the content script has read the page.
    // The fixture tab's id, read as the active tab (a URL query would need the "tabs" permission).
    await article.bringToFront();
    const tabId = await activeTabId(extension.serviceWorker);
    expect(tabId).toBeTypeOf('number');

    const { page, errors } = await openPanel(`?view=page&tabId=${tabId}`);
    await page.waitForSelector('.mention', { timeout: 10_000 });
    const mentions = await page.locator('.mention').evaluateAll((items) =>
      items.map((item) => ({
        id: item.getAttribute('data-entry-id')!,
        count: Number(item.querySelector('.mention-count')!.textContent!.replace('×', '')),
      })),
    );
    // Every listed entry is in the graph, grouped under its own type; the counts add up to the page's
    // highlights. Only what is near the viewport is painted, so the whole article is brought into view
    // for the count, then the window is made small again for the reveal below.
    const size = article.viewportSize() ?? { width: 1280, height: 720 };
    await article.setViewportSize({ width: size.width, height: 20_000 });
    await expect.poll(async () => all(await readHighlights(article)).length, { timeout: 5_000 }).toBe(mentions.reduce((sum, mention) => sum + mention.count, 0));
    const texts = await readHighlights(article);
    await article.setViewportSize(size);
    for (const type of ['authority', 'document', 'case'] as const) {
      const ofType = mentions.filter((mention) => node(mention.id).type === type);
      expect(ofType.reduce((sum, mention) => sum + mention.count, 0)).toBe(texts[type].length);
      if (ofType.length > 0) {
        const groupIds = await page.locator(`section.mention-group:has(#mentions-${type}) .mention`).evaluateAll((items) => items.map((item) => item.getAttribute('data-entry-id')));
        expect(groupIds.sort()).toEqual(ofType.map((mention) => mention.id).sort());
      }
    }
    expect(mentions.map((mention) => mention.id)).toContain('authority:cac');
    expect(texts.authority.length).toBeGreaterThan(0);
    await screenshot(page, 'sidepanel-on-this-page-light');

    // Clicking a name scrolls the page to that mention.
    expect(await article.evaluate(() => window.scrollY)).toBe(0);
    const cac = mentions.find((mention) => mention.id === 'authority:cac')!;
    await page.locator('.mention[data-entry-id="authority:cac"] .mention-reveal').click();
    await expect
      .poll(() => page.locator('.reveal-status').textContent(), { timeout: 5_000 })
      .toBe(`Showing mention 1 of ${cac.count}: ${node('authority:cac').name}`);
    await expect.poll(() => article.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(1000);

    // The arrow opens the entry.
    await page.locator('.mention[data-entry-id="authority:cac"] .mention-open').click();
    await waitForEntry(page, 'authority:cac');
    expect(errors).toEqual([]);
    await page.close();
    await article.close();
  });

  it('says what to do when the panel has no web page beside it', async () => {
    const { page, errors } = await openPanel('?view=page');
    await page.getByText('There is no web page beside the panel.').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** What the label checks read from the page's Cytoscape instance. */
interface LabelCy {
  zoom(): number;
  nodes(): LabelNode[] & { filter(fn: (n: LabelNode) => boolean): LabelNode[] };
  getElementById(id: string): LabelNode;
}
interface LabelNode {
  id(): string;
  data(key: string): unknown;
  style(property: string): string;
  emit(event: string): void;
  boundingBox(options: { includeNodes: boolean; includeEdges: boolean; includeLabels: boolean }): CyBox;
}

/** What the test reads from the page's Cytoscape instance (through the container's registry). */
interface CyLike {
  nodes(): CyNode[] & { filter(fn: (n: CyNode) => boolean): CyNode[] };
  edges(): CyEdge[];
}
interface CyEdge {
  data(key: string): unknown;
  style(property: string): string;
  connectedNodes(): CyNode[];
}
interface CyBox {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}
interface CyNode {
  id(): string;
  data(key: string): unknown;
  boundingBox(options: { includeLabels: boolean }): CyBox;
  renderedPosition(): { x: number; y: number };
  position(): { x: number; y: number };
}

/** Search options carry their entry's id in their element id (see SearchBox). */
function optionFor(entryId: string): string {
  return `[role="option"][id="search-hit-${entryId}"]`;
}

async function optionIds(page: Page): Promise<string[]> {
  return page.locator('[role="option"]').evaluateAll((items) => items.map((item) => item.id.replace(/^search-hit-/, '')));
}

/** The centre node's fill colour on the canvas, as Cytoscape reports it ("rgb(r,g,b)"). */
async function centreColour(page: Page): Promise<string> {
  return page.evaluate(() => {
    const container = document.querySelector('.graph-view-canvas') as HTMLElement & { _cyreg?: { cy: { nodes(selector: string): { style(name: string): string } } } };
    return container._cyreg!.cy.nodes('.centre').style('background-color');
  });
}

/** A theme colour as the browser resolves it, in the same "rgb(r,g,b)" form. */
async function themeColour(page: Page, variable: string): Promise<string> {
  return page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${name})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color.replace(/\s+/g, '');
    probe.remove();
    return colour;
  }, variable);
}

async function nodePositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const container = document.querySelector('.graph-view-canvas') as HTMLElement & { _cyreg?: { cy: CyLike } };
    return Object.fromEntries(container._cyreg!.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  });
}
