/**
 * The part of the graph an export covers: everything, what the user imported (entries with an
 * imported source), or what the user marked (entries with a note or a star). Edges are kept
 * where both ends are kept, so an exported part is itself a valid graph.
 */
import type { Graph, GraphNode } from '../graph/schema';
import type { Note } from '../storage/schema';
import { isImportedSource } from '../graph/entry-origin';

export const EXPORT_SCOPES = ['all', 'imported', 'marked'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

export const SCOPE_LABELS: Record<ExportScope, string> = {
  all: 'Every entry',
  imported: 'Entries from my imports',
  marked: 'Entries I starred or wrote a note on',
};

export function scopeGraph(graph: Graph, scope: ExportScope, notes: readonly Note[]): Graph {
  if (scope === 'all') return graph;
  const marked = new Set(notes.map((note) => note.entryId));
  const keep = (node: GraphNode) =>
    scope === 'imported' ? node.sources.some(isImportedSource) : marked.has(node.id);
  const nodes = graph.nodes.filter(keep);
  const ids = new Set(nodes.map((node) => node.id));
  return { version: graph.version, nodes, edges: graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)) };
}
