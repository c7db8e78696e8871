/**
 * `npm run graph -- --out FILE` writes the graph built from seeds/ as JSON and prints counts
 * per node and edge type; `npm run graph -- --stats` prints only the counts.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Graph } from '../graph/schema';
import { buildBundledGraph } from './bundled-data';

function countBy<T>(items: T[], key: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function printStats(graph: Graph): void {
  console.log(`nodes: ${graph.nodes.length}`);
  for (const [type, count] of countBy(graph.nodes, (node) => node.type)) console.log(`  ${type.padEnd(16)} ${count}`);
  console.log(`edges: ${graph.edges.length}`);
  for (const [type, count] of countBy(graph.edges, (edge) => edge.type)) console.log(`  ${type.padEnd(16)} ${count}`);
}

function main(argv: string[]): number {
  const outIndex = argv.indexOf('--out');
  const out = outIndex >= 0 ? argv[outIndex + 1] : undefined;
  if (outIndex >= 0 && !out) {
    console.error('usage: npm run graph -- --out FILE | --stats');
    return 2;
  }
  if (!out && !argv.includes('--stats')) {
    console.error('usage: npm run graph -- --out FILE | --stats');
    return 2;
  }
  const result = buildBundledGraph(resolve(process.cwd(), 'seeds'));
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  if (out) {
    writeFileSync(out, `${JSON.stringify(result.graph, null, 2)}\n`);
    console.log(`wrote ${out}`);
  }
  printStats(result.graph);
  const coreIds = new Set([...result.core.enriched, ...result.core.added]);
  const byKind = countBy(result.graph.nodes.filter((node) => coreIds.has(node.id) && node.type === 'document'), (node) => (node.type === 'document' ? node.kind : ''));
  console.log(`core layer: ${coreIds.size} instruments (${result.core.added.length} added, ${result.core.enriched.length} enriching newsletter entries)`);
  for (const [kind, count] of byKind) console.log(`  ${kind.padEnd(16)} ${count}`);
  for (const relation of result.core.danglingRelations) console.warn(`warning: core relation to an entry in neither layer: ${relation}`);
  for (const issuer of result.core.unknownIssuers) console.warn(`warning: core issuer unknown: ${issuer}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
