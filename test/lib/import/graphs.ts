/** Small literal graphs for the merge tests, shaped like the parser's output. */
import type { Graph, GraphEdge, GraphNode, Source } from '../../../lib/graph/schema';

export function source(newsletter: string, item = 'Item', quote = 'A sentence.'): Source {
  return { newsletter, issue: `Issue of ${newsletter}`, section: 'Legislative Developments', item, quote };
}

type NodeSpec = Partial<GraphNode> & Pick<GraphNode, 'id' | 'name'>;

export function node(spec: NodeSpec, newsletter = 'seed.txt'): GraphNode {
  const type = spec.id.slice(0, spec.id.indexOf(':')) as GraphNode['type'];
  const base = { aliases: [], abbreviations: [], summary: '', topics: [], sources: [source(newsletter)] };
  if (type === 'document') return { ...base, type, kind: 'law', status: 'final', jurisdiction: 'PRC', ...spec } as GraphNode;
  if (type === 'authority') return { ...base, type, kind: 'regulator', level: 'national', ...spec } as GraphNode;
  return { ...base, type, ...spec } as GraphNode;
}

export function edge(from: string, type: GraphEdge['type'], to: string, newsletter = 'seed.txt', item = 'Item'): GraphEdge {
  return { source: from, target: to, type, weight: 1, sources: [source(newsletter, item)] };
}

export function graph(nodes: GraphNode[], edges: GraphEdge[] = []): Graph {
  return { version: 1, nodes, edges };
}

export const BUNDLED: Graph = graph(
  [
    node({ id: 'authority:cac', name: 'Cyberspace Administration of China', abbreviations: ['CAC'], aliases: ['国家互联网信息办公室'] }),
    node({ id: 'document:data-security-law', name: 'Data Security Law', abbreviations: ['DSL'], aliases: ['数据安全法'], issued: '2021-06-10' }),
    node({ id: 'document:measures-for-x', name: 'Measures for X', status: 'final' }),
    node({ id: 'document:measures-for-x-draft', name: 'Measures for X (Draft for Comment)', status: 'draft' }),
    node({ id: 'topic:data-protection', name: 'Personal information and data protection' }),
  ],
  [edge('document:data-security-law', 'issued_by', 'authority:cac'), edge('document:measures-for-x-draft', 'draft_of', 'document:measures-for-x')],
);
