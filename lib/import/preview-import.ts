/**
 * What importing a newsletter would do, shown before the user confirms: the entries that are
 * new, the entries that merge into ones TMT Lens already has (and the names that matched), and
 * how many links it adds.
 */
import { kindLabelOf } from '../graph/labels';
import type { Graph, GraphNode, NodeType } from '../graph/schema';
import { mergeGraphs } from './merge-graphs';
import { planMerge } from './merge-plan';

export interface PreviewEntry {
  id: string;
  type: NodeType;
  name: string;
  kindLabel: string;
}

export interface PreviewMerge {
  entry: PreviewEntry;
  /** The existing entry it merges into. */
  into: PreviewEntry;
  /** The existing entry's name or alias that matched. */
  matchedName: string;
}

export interface ImportPreview {
  newEntries: PreviewEntry[];
  mergedEntries: PreviewMerge[];
  /** Topic names the newsletter touches (topics are themes, not names found on pages). */
  topics: string[];
  newLinks: number;
}

const TYPE_ORDER: Record<NodeType, number> = { document: 0, authority: 1, case: 2, topic: 3 };

export function previewImport(current: Graph, incoming: Graph): ImportPreview {
  const plan = planMerge(current, incoming);
  const merged = mergeGraphs(current, incoming);
  const isEntry = (node: GraphNode) => node.type !== 'topic';
  return {
    newEntries: plan.additions.map(({ incoming: node }) => node).filter(isEntry).map(toEntry).sort(byTypeThenName),
    mergedEntries: plan.merges
      .filter(({ incoming: node }) => isEntry(node))
      .map(({ incoming: node, existing, matchedName }) => ({ entry: toEntry(node), into: toEntry(existing), matchedName }))
      .sort((a, b) => byTypeThenName(a.entry, b.entry)),
    topics: [...new Set(incoming.nodes.filter((node) => node.type === 'topic').map((node) => node.name))].sort(),
    newLinks: merged.edges.length - current.edges.length,
  };
}

function toEntry(node: GraphNode): PreviewEntry {
  return { id: node.id, type: node.type, name: node.name, kindLabel: node.type === 'topic' ? 'Topic' : kindLabelOf(node) };
}

function byTypeThenName(a: PreviewEntry, b: PreviewEntry): number {
  return TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.name.localeCompare(b.name);
}
