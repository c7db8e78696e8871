/**
 * What an entry view shows besides the node's own fields: who issued it, what it relates to
 * and in which direction, which cases cite it, what a topic covers, and the sources. Pure
 * functions over a GraphIndex, so every list the side panel shows is tested in Node.
 */
import { compareNewestFirst, topicIdsOf } from './filters';
import type { GraphIndex } from './graph-index';
import { isOfficialPage } from './official-page';
import type { EdgeType, GraphEdge, GraphNode, Source } from './schema';

/** An entry linked to the one shown, with the edges (and so the sources) that link them. */
export interface LinkedEntry {
  node: GraphNode;
  edges: GraphEdge[];
}

/** A group of linked entries under one phrase read from the shown entry's side. */
export interface RelationGroup {
  /** e.g. "Based on", "Implemented by", "Draft of". */
  label: string;
  type: EdgeType;
  direction: 'out' | 'in';
  entries: LinkedEntry[];
}

/**
 * How a relation reads from each end. `draft_of` points from the draft to the final text,
 * so the final text lists its drafts, and a draft names its final version.
 */
const RELATION_PHRASES: Partial<Record<EdgeType, { out: string; in: string }>> = {
  based_on: { out: 'Based on', in: 'Basis for' },
  implements: { out: 'Implements', in: 'Implemented by' },
  amends: { out: 'Amends', in: 'Amended by' },
  draft_of: { out: 'Draft of', in: 'Drafts of this document' },
  cites: { out: 'Cites', in: 'Cited by' },
};

/** Relations between documents, in the order a lawyer reads a document's lineage. */
const DOCUMENT_RELATIONS: readonly EdgeType[] = ['draft_of', 'based_on', 'implements', 'amends', 'cites'];

/** Entries linked to `id` by edges of one type in one direction, merged per entry. */
export function linkedEntries(
  index: GraphIndex,
  id: string,
  type: EdgeType,
  direction: 'out' | 'in',
): LinkedEntry[] {
  const byId = new Map<string, LinkedEntry>();
  for (const edge of index.edgesByNode.get(id) ?? []) {
    if (edge.type !== type) continue;
    const [from, to] = direction === 'out' ? [edge.source, edge.target] : [edge.target, edge.source];
    if (from !== id || to === id) continue;
    const node = index.nodesById.get(to);
    if (!node) continue;
    const linked = byId.get(to);
    if (linked) linked.edges.push(edge);
    else byId.set(to, { node, edges: [edge] });
  }
  return [...byId.values()];
}

/** Who issued a document (or decided a case). */
export function issuersOf(index: GraphIndex, node: GraphNode): LinkedEntry[] {
  return linkedEntries(index, node.id, node.type === 'case' ? 'decided_by' : 'issued_by', 'out');
}

/** Documents an authority issued, newest first. */
export function documentsIssuedBy(index: GraphIndex, authorityId: string): LinkedEntry[] {
  return sortNewestFirst(linkedEntries(index, authorityId, 'issued_by', 'in').filter(isOfType('document')));
}

/** Cases an authority (a court, or an agency for enforcement cases) decided, newest first. */
export function casesDecidedBy(index: GraphIndex, authorityId: string): LinkedEntry[] {
  return sortNewestFirst(linkedEntries(index, authorityId, 'decided_by', 'in').filter(isOfType('case')));
}

/** A document's lineage and citations among documents, one group per relation and direction. */
export function relatedDocuments(index: GraphIndex, documentId: string): RelationGroup[] {
  const groups: RelationGroup[] = [];
  for (const type of DOCUMENT_RELATIONS) {
    const phrases = RELATION_PHRASES[type];
    if (!phrases) continue;
    for (const direction of ['out', 'in'] as const) {
      const entries = sortNewestFirst(
        linkedEntries(index, documentId, type, direction).filter(isOfType('document')),
      );
      if (entries.length > 0) groups.push({ label: phrases[direction], type, direction, entries });
    }
  }
  return groups;
}

/** Cases that cite a document, newest first. */
export function casesCiting(index: GraphIndex, documentId: string): LinkedEntry[] {
  return sortNewestFirst(linkedEntries(index, documentId, 'cites', 'in').filter(isOfType('case')));
}

/** Documents a case cites, newest first. */
export function documentsCitedBy(index: GraphIndex, caseId: string): LinkedEntry[] {
  return sortNewestFirst(linkedEntries(index, caseId, 'cites', 'out').filter(isOfType('document')));
}

/** The topic nodes an entry is about, by name. */
export function topicsOf(index: GraphIndex, node: GraphNode): GraphNode[] {
  return [...topicIdsOf(index, node)]
    .map((id) => index.nodesById.get(id))
    .filter((topic): topic is GraphNode => topic !== undefined && topic.id !== node.id)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Everything about a topic (by `about` edge or by the entry's own topic list), newest first. */
export function entriesAbout(index: GraphIndex, topicId: string): GraphNode[] {
  const found = new Map<string, GraphNode>();
  for (const linked of linkedEntries(index, topicId, 'about', 'in')) found.set(linked.node.id, linked.node);
  for (const node of index.graph.nodes) {
    if (node.id !== topicId && !found.has(node.id) && node.type !== 'topic' && topicIdsOf(index, node).has(topicId)) {
      found.set(node.id, node);
    }
  }
  return [...found.values()].sort(compareNewestFirst);
}

/**
 * Entries named in the same newsletter items, most often first, leaving out those with a
 * stated link (issuer, lineage, topic...), which the entry view already lists.
 */
export function mentionedWith(index: GraphIndex, id: string, limit = 8): LinkedEntry[] {
  const stated = new Set<string>();
  for (const edge of index.edgesByNode.get(id) ?? []) {
    if (edge.type !== 'mentioned_with') stated.add(edge.source === id ? edge.target : edge.source);
  }
  const linked = [
    ...linkedEntries(index, id, 'mentioned_with', 'out'),
    ...linkedEntries(index, id, 'mentioned_with', 'in'),
  ];
  const merged = new Map<string, LinkedEntry>();
  for (const entry of linked) {
    if (stated.has(entry.node.id)) continue;
    const seen = merged.get(entry.node.id);
    if (seen) seen.edges.push(...entry.edges);
    else merged.set(entry.node.id, { node: entry.node, edges: [...entry.edges] });
  }
  return [...merged.values()]
    .sort((a, b) => weightOf(b) - weightOf(a) || a.node.name.localeCompare(b.node.name))
    .slice(0, limit);
}

function weightOf(entry: LinkedEntry): number {
  return entry.edges.reduce((sum, edge) => sum + edge.weight, 0);
}

/**
 * Sources to show without repeats (the same sentence can be recorded for several facts of one
 * item): the state's own pages first (official-page.ts), then newest first. Undated sources keep
 * their order, after dated ones.
 */
export function sourcesOf(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  const unique: Source[] = [];
  for (const source of sources) {
    const key = `${source.newsletter}\u0000${source.item}\u0000${source.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(source);
  }
  return unique
    .map((source, order) => ({ source, order, official: isOfficialPage(source.url) }))
    .sort((a, b) => {
      // The state's own page first: it is where the text itself is read.
      if (a.official !== b.official) return a.official ? -1 : 1;
      const dateA = a.source.date ?? '';
      const dateB = b.source.date ?? '';
      if (dateA !== dateB) return dateA < dateB ? 1 : -1;
      return a.order - b.order;
    })
    .map(({ source }) => source);
}

/** Every source behind the edges of a linked entry, for "where does this link come from". */
export function edgeSourcesOf(entry: LinkedEntry): Source[] {
  return sourcesOf(entry.edges.flatMap((edge) => edge.sources));
}

function sortNewestFirst(entries: LinkedEntry[]): LinkedEntry[] {
  return entries.sort((a, b) => compareNewestFirst(a.node, b.node));
}

function isOfType(type: GraphNode['type']) {
  return (entry: LinkedEntry) => entry.node.type === type;
}

