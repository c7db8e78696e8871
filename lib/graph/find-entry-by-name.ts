/** The entry a piece of selected text names exactly (any name, alias or abbreviation), if one does. */
import { foldName } from '../parse/normalize';
import type { Graph, GraphNode } from './schema';

export function findEntryByName(graph: Graph, text: string): GraphNode | undefined {
  const wanted = foldName(text.replace(/^[\s“"'‘(]+|[\s”"'’).,;:]+$/g, '').replace(/^the\s+/i, ''));
  if (!wanted) return undefined;
  const exactAbbreviation = graph.nodes.find((node) => node.abbreviations.includes(text.trim()));
  if (exactAbbreviation) return exactAbbreviation;
  return graph.nodes.find((node) => [node.name, ...node.aliases].some((name) => foldName(name) === wanted));
}
