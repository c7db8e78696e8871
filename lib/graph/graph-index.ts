/** Lookup structures over a graph, built once per graph and shared by every view. */
import type { Graph, GraphEdge, GraphNode } from './schema';

export interface GraphIndex {
  graph: Graph;
  nodesById: Map<string, GraphNode>;
  /** Every edge touching a node, in either direction. */
  edgesByNode: Map<string, GraphEdge[]>;
}

export function indexGraph(graph: Graph): GraphIndex {
  const nodesById = new Map(graph.nodes.map((node) => [node.id, node]));
  const edgesByNode = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    for (const end of [edge.source, edge.target]) {
      const list = edgesByNode.get(end);
      if (list) list.push(edge);
      else edgesByNode.set(end, [edge]);
    }
  }
  return { graph, nodesById, edgesByNode };
}

/** Nodes linked from `id` by edges of one type, in the edge's direction (or the reverse). */
export function linkedNodes(
  index: GraphIndex,
  id: string,
  type: GraphEdge['type'],
  direction: 'out' | 'in' = 'out',
): GraphNode[] {
  const result: GraphNode[] = [];
  for (const edge of index.edgesByNode.get(id) ?? []) {
    if (edge.type !== type) continue;
    const from = direction === 'out' ? edge.source : edge.target;
    const to = direction === 'out' ? edge.target : edge.source;
    if (from !== id) continue;
    const node = index.nodesById.get(to);
    if (node) result.push(node);
  }
  return result;
}
