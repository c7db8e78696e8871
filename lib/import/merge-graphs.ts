/**
 * Merges a user's graph into another (the bundled one, or the imports merged so far).
 *
 * - An incoming entry that is an existing one (see entity-lookup.ts) merges into it: the
 *   existing id, name and classification stay; its sources gain the incoming ones (each cites
 *   its import, which marks the entry as imported-from too); aliases, abbreviations and topics
 *   are united; facts the existing entry lacks (a date, a code, a summary) are filled in.
 * - Any other entry is added, under its own id, numbered if that id is taken.
 * - Names are never given to a second entry: an alias that already names another entry is
 *   left out, so a page's name never becomes ambiguous because of an import.
 * - Edges follow their ends; duplicates merge their sources; edges to unknown ends are dropped.
 *
 * Pure and deterministic; inputs are not modified. Merging the same graph twice gives what
 * merging it once gives.
 */
import type { Graph, GraphEdge, GraphNode, Source } from '../graph/schema';
import type { EntityLookup } from './entity-lookup';
import { planMerge } from './merge-plan';

export const EMPTY_GRAPH: Graph = { version: 1, nodes: [], edges: [] };

export function mergeGraphs(base: Graph, incoming: Graph): Graph {
  const plan = planMerge(base, incoming);
  const remapIds = (ids: readonly string[]) => ids.map((id) => plan.idOf.get(id) ?? id);
  const nodes = new Map<string, GraphNode>(base.nodes.map((node) => [node.id, node]));

  for (const { incoming: node, existing } of plan.merges) {
    const current = nodes.get(existing.id) ?? existing;
    nodes.set(existing.id, mergeNode(current, node, remapIds(node.topics), plan.lookup));
  }
  for (const { incoming: node, id } of plan.additions) {
    nodes.set(id, {
      ...node,
      id,
      aliases: node.aliases.filter((alias) => plan.lookup.isNameFreeFor(alias, id)),
      abbreviations: node.abbreviations.filter((abbreviation) => plan.lookup.isAbbreviationFreeFor(abbreviation, id)),
      topics: unique(remapIds(node.topics)),
    });
  }

  const edges = new Map<string, GraphEdge>(base.edges.map((edge) => [edgeKey(edge), edge]));
  for (const edge of incoming.edges) {
    const source = plan.idOf.get(edge.source);
    const target = plan.idOf.get(edge.target);
    if (!source || !target || source === target) continue;
    const moved = { ...edge, source, target };
    const key = edgeKey(moved);
    const existing = edges.get(key);
    edges.set(key, existing ? mergeEdge(existing, moved) : moved);
  }

  const ids = new Set(nodes.keys());
  return {
    version: 1,
    nodes: [...nodes.values()],
    edges: [...edges.values()].filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
  };
}

function mergeNode(existing: GraphNode, incoming: GraphNode, incomingTopics: string[], lookup: EntityLookup): GraphNode {
  const written = new Set([existing.name, ...existing.aliases].map((name) => name.toLowerCase()));
  const newAliases = [incoming.name, ...incoming.aliases].filter((name) => {
    const key = name.toLowerCase();
    if (written.has(key) || !lookup.isNameFreeFor(name, existing.id)) return false;
    written.add(key);
    return true;
  });
  const newAbbreviations = incoming.abbreviations.filter(
    (abbreviation) => !existing.abbreviations.includes(abbreviation) && lookup.isAbbreviationFreeFor(abbreviation, existing.id),
  );
  const sources = appendSources(existing.sources, incoming.sources);
  const merged = {
    ...existing,
    aliases: newAliases.length > 0 ? [...existing.aliases, ...newAliases] : existing.aliases,
    abbreviations: newAbbreviations.length > 0 ? [...existing.abbreviations, ...unique(newAbbreviations)] : existing.abbreviations,
    summary: existing.summary || incoming.summary,
    topics: unique([...existing.topics, ...incomingTopics]),
    sources,
  };
  return fillBlanks(merged, incoming);
}

/** Facts the existing entry lacks, taken from the incoming one; nothing it has is changed. */
function fillBlanks(node: GraphNode, incoming: GraphNode): GraphNode {
  if (node.type === 'document' && incoming.type === 'document') {
    return {
      ...node,
      status: node.status === 'unknown' ? incoming.status : node.status,
      code: node.code ?? incoming.code,
      issued: node.issued ?? incoming.issued,
      effective: node.effective ?? incoming.effective,
    };
  }
  if (node.type === 'authority' && incoming.type === 'authority') return { ...node, nameZh: node.nameZh ?? incoming.nameZh };
  if (node.type === 'case' && incoming.type === 'case') {
    return { ...node, court: node.court ?? incoming.court, date: node.date ?? incoming.date, caseNumber: node.caseNumber ?? incoming.caseNumber };
  }
  return node;
}

function mergeEdge(existing: GraphEdge, incoming: GraphEdge): GraphEdge {
  const sources = appendSources(existing.sources, incoming.sources);
  const added = sources.length - existing.sources.length;
  if (added === 0) return existing;
  // A co-mention's weight counts the items that mention both ends: one per new source.
  return { ...existing, sources, weight: existing.type === 'mentioned_with' ? existing.weight + added : existing.weight };
}

function appendSources(existing: readonly Source[], incoming: readonly Source[]): Source[] {
  const seen = new Set(existing.map(sourceKey));
  const added = incoming.filter((source) => {
    const key = sourceKey(source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return added.length > 0 ? [...existing, ...added] : [...existing];
}

function sourceKey(source: Source): string {
  return `${source.newsletter}\u0000${source.item}\u0000${source.quote}`;
}

function edgeKey(edge: Pick<GraphEdge, 'source' | 'target' | 'type'>): string {
  return `${edge.source}\u0000${edge.target}\u0000${edge.type}`;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
