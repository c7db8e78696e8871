/**
 * Side panel speed in headless Chromium with the built extension:
 * - sidepanel_first_render_ms: from navigation start to the entry and its graph being drawn
 *   (GraphView's `tmt-lens:graph-ready` mark, set once the first frame with the laid-out
 *   graph is painted), for a well-connected entry; median of 5 fresh page loads.
 * - graph_layout_ms_200 / graph_layout_ms_full: the panel's own layout (its "Re-arrange"
 *   button, timed by its `tmt-lens:graph-layout` measure) on a 200-element neighbourhood and
 *   on the whole bundled graph, loaded into the panel's Cytoscape instance; median of 5.
 * - graph_layout_ms_200_cose_baseline: Cytoscape's force-directed `cose` on the same 200
 *   elements, once, as the baseline the panel's layout is compared with.
 * Returns figures only; test/bench/run.ts prints them.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { buildBundledData } from '../../lib/build/bundled-data';
import { indexGraph, type GraphIndex } from '../../lib/graph/graph-index';
import { buildNeighbourhood, mostConnected, type Neighbourhood } from '../../lib/graph/neighbourhood';
import type { Graph } from '../../lib/graph/schema';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/browser';
import { ROOT } from '../e2e/paths';

const RUNS = 5;
const PANEL_SIZE = { width: 400, height: 900 };

export async function runSidepanelBench(): Promise<Record<string, number>> {
  const graph = indexGraph(JSON.parse(buildBundledData(resolve(ROOT, 'seeds')).graphJson) as Graph);
  const hub = mostConnected(graph, 1)[0];
  if (!hub) throw new Error('the bundled graph is empty');
  const extension = await launchWithExtension();
  try {
    const firstRender = await measureFirstRender(extension, hub.id);
    const page = await openPanel(extension, hub.id);
    const layout200 = await measureLayout(page, toElements(neighbourhoodOfSize(graph, hub.id, 200)));
    const cose200 = await measureCoseBaseline(page);
    const layoutFull = await measureLayout(page, toElements(wholeGraph(graph, hub.id)));
    await page.close();
    return {
      sidepanel_first_render_ms: firstRender,
      graph_layout_ms_200: layout200,
      graph_layout_ms_200_cose_baseline: cose200,
      graph_layout_ms_full: layoutFull,
    };
  } finally {
    await extension.close();
  }
}

async function openPanel(extension: ExtensionBrowser, id: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.setViewportSize(PANEL_SIZE);
  await page.goto(`chrome-extension://${extension.extensionId}/sidepanel.html?id=${encodeURIComponent(id)}`);
  await page.waitForSelector('.graph-view-canvas[data-graph-ready]', { timeout: 30_000 });
  return page;
}

async function measureFirstRender(extension: ExtensionBrowser, id: string): Promise<number> {
  // One load first: the browser compiles and caches the extension's scripts, as it has for a user.
  await (await openPanel(extension, id)).close();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await openPanel(extension, id);
    times.push(await page.evaluate(() => performance.getEntriesByName('tmt-lens:graph-ready')[0]!.startTime));
    await page.close();
  }
  return median(times);
}

interface ElementDefinition {
  group: 'nodes' | 'edges';
  data: Record<string, unknown>;
  classes: string;
}

/** Loads the elements into the panel's Cytoscape instance, then times the panel's own re-layout. */
async function measureLayout(page: Page, elements: ElementDefinition[]): Promise<number> {
  return page.evaluate(
    async ({ elements, runs }) => {
      type Cy = { batch(fn: () => void): void; elements(): { remove(): void }; add(e: unknown[]): void };
      const container = document.querySelector('.graph-view-canvas') as HTMLElement & { _cyreg: { cy: Cy } };
      const cy = container._cyreg.cy;
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements);
      });
      // (No named helpers in here: tsx would wrap them in a __name() call the page does not have.)
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const rearrange = [...document.querySelectorAll<HTMLButtonElement>('.graph-view-controls button')].find(
        (button) => button.textContent?.trim() === 'Re-arrange',
      )!;
      const durations: number[] = [];
      for (let run = 0; run < runs; run++) {
        performance.clearMeasures('tmt-lens:graph-layout');
        rearrange.click();
        durations.push(performance.getEntriesByName('tmt-lens:graph-layout')[0]!.duration);
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }
      return durations.sort((a, b) => a - b)[Math.floor(durations.length / 2)]!;
    },
    { elements, runs: RUNS },
  );
}

/**
 * Baseline in the same run: Cytoscape's built-in force-directed `cose` on the elements
 * already loaded (the 200-element neighbourhood), the layout the panel avoids.
 */
async function measureCoseBaseline(page: Page): Promise<number> {
  return page.evaluate(() => {
    type Cy = { layout(options: object): { run(): void } };
    const cy = (document.querySelector('.graph-view-canvas') as HTMLElement & { _cyreg: { cy: Cy } })._cyreg.cy;
    const start = performance.now();
    cy.layout({ name: 'cose', animate: false, randomize: true }).run();
    return performance.now() - start;
  });
}

/** The hub's neighbourhood at depth 2 without caps, trimmed to `size` elements (nodes + edges). */
function neighbourhoodOfSize(graph: GraphIndex, hubId: string, size: number): Neighbourhood {
  const uncapped = { centre: 10_000, perNode: 10_000, step: 0 };
  let maxNodes = 10;
  let hood = buildNeighbourhood(graph, hubId, { depth: 2, limits: { ...uncapped, maxNodes } });
  while (hood.nodes.length + hood.edges.length < size && maxNodes < graph.graph.nodes.length) {
    maxNodes += 5;
    hood = buildNeighbourhood(graph, hubId, { depth: 2, limits: { ...uncapped, maxNodes } });
  }
  let nodes = hood.nodes.filter((node) => node.type !== 'more');
  const edges = hood.edges.filter((edge) => edge.type !== 'more');
  // Drop the outermost nodes until nodes plus the edges between them come to the size asked for.
  while (nodes.length > 1) {
    const kept = new Set(nodes.map((node) => node.id));
    const inner = edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
    if (nodes.length + inner.length <= size) return { centreId: hubId, nodes, edges: inner.slice(0, size - nodes.length) };
    nodes = nodes.slice(0, -1);
  }
  return { centreId: hubId, nodes, edges: [] };
}

/** Every node and edge of the graph, in rings by distance from the hub (unreachable ones outermost). */
function wholeGraph(graph: GraphIndex, hubId: string): Neighbourhood {
  const ring = new Map<string, number>([[hubId, 0]]);
  const queue = [hubId];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    for (const edge of graph.edgesByNode.get(id) ?? []) {
      const other = edge.source === id ? edge.target : edge.source;
      if (!ring.has(other) && graph.nodesById.has(other)) {
        ring.set(other, ring.get(id)! + 1);
        queue.push(other);
      }
    }
  }
  const outer = Math.max(...ring.values()) + 1;
  for (const node of graph.graph.nodes) if (!ring.has(node.id)) ring.set(node.id, outer);
  const nodes = graph.graph.nodes.map((node, order) => ({
    id: node.id,
    type: node.type,
    label: node.name.slice(0, 40),
    name: node.name,
    ring: ring.get(node.id)!,
    order,
    isDraft: false,
    hiddenCount: 0,
  }));
  const edges = new Map(
    graph.graph.edges.map((edge) => {
      const id = `${edge.type}:${edge.source}>${edge.target}`;
      return [id, { id, source: edge.source, target: edge.target, type: edge.type, label: edge.type.replace('_', ' ') }] as const;
    }),
  );
  return { centreId: hubId, nodes, edges: [...edges.values()] };
}

/** The same element data and classes GraphView gives its nodes and edges. */
function toElements(hood: Neighbourhood): ElementDefinition[] {
  return [
    ...hood.nodes.map((node) => ({
      group: 'nodes' as const,
      data: { id: node.id, label: node.label, name: node.name, type: node.type, ring: node.ring, order: node.order },
      classes: `type-${node.type}${node.id === hood.centreId ? ' centre' : ''}`,
    })),
    ...hood.edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label, relation: edge.type },
      classes: `rel-${edge.type}`,
    })),
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
