/**
 * The user's graph: every import's graph merged into one, oldest import first, so that adding a
 * newer import never changes the ids an older one gave its entries.
 */
import type { Graph } from '../graph/schema';
import type { ImportRecord } from '../storage/schema';
import { EMPTY_GRAPH, mergeGraphs } from './merge-graphs';

export function mergeImports(records: readonly Pick<ImportRecord, 'id' | 'importedAt' | 'graph'>[]): Graph {
  return [...records]
    .sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id))
    .reduce((graph, record) => mergeGraphs(graph, record.graph), EMPTY_GRAPH);
}
