/**
 * The side panel's filters: which entries a search, a browse list and the graph show.
 *
 * One rule a user can hold in their head: the type filter chooses which kinds of entry
 * appear; topic, status and date narrow documents and cases only (status: documents only),
 * because authorities and topics have no status or date and are context, not results.
 */
import { dateOf } from './entry-card';
import type { GraphIndex } from './graph-index';
import { DOCUMENT_STATUSES, NODE_TYPES, type GraphNode, type NodeType } from './schema';

export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export interface EntryFilters {
  /** Kinds of entry to show; empty means every kind. */
  types: readonly NodeType[];
  /** Topic ids (`topic:...`); a document or case must be about at least one. Empty means any. */
  topics: readonly string[];
  /** Document statuses to keep; empty means any. */
  statuses: readonly DocumentStatus[];
  /** Inclusive bounds as YYYY, YYYY-MM or YYYY-MM-DD; compared with a document's or case's date. */
  from?: string;
  to?: string;
}

export const NO_FILTERS: EntryFilters = { types: [], topics: [], statuses: [] };

/** The types that topic, status and date filters narrow. */
const NARROWED_TYPES: ReadonlySet<NodeType> = new Set(['document', 'case']);

export function countActiveFilters(filters: EntryFilters): number {
  return (
    (filters.types.length > 0 ? 1 : 0) +
    (filters.topics.length > 0 ? 1 : 0) +
    (filters.statuses.length > 0 ? 1 : 0) +
    (filters.from || filters.to ? 1 : 0)
  );
}

export function isFiltering(filters: EntryFilters): boolean {
  return countActiveFilters(filters) > 0;
}

/** Whether topic, status or date are set (the filters that only narrow documents and cases). */
export function isNarrowing(filters: EntryFilters): boolean {
  return filters.topics.length > 0 || filters.statuses.length > 0 || Boolean(filters.from || filters.to);
}

/**
 * The topics an entry is about: its `about` edges plus the topics listed on the node.
 * Nodes may list topics by id or by name; both resolve to ids of topic nodes.
 */
export function topicIdsOf(index: GraphIndex, node: GraphNode): Set<string> {
  const ids = new Set<string>();
  for (const edge of index.edgesByNode.get(node.id) ?? []) {
    if (edge.type === 'about' && edge.source === node.id) ids.add(edge.target);
  }
  for (const topic of node.topics) {
    const id = resolveTopicId(index, topic);
    if (id) ids.add(id);
  }
  return ids;
}

function resolveTopicId(index: GraphIndex, topic: string): string | undefined {
  if (index.nodesById.get(topic)?.type === 'topic') return topic;
  const byId = `topic:${topic}`;
  if (index.nodesById.get(byId)?.type === 'topic') return byId;
  const wanted = topic.toLowerCase();
  return index.graph.nodes.find((node) => node.type === 'topic' && node.name.toLowerCase() === wanted)?.id;
}

export function matchesFilters(index: GraphIndex, node: GraphNode, filters: EntryFilters): boolean {
  if (filters.types.length > 0 && !filters.types.includes(node.type)) return false;
  if (!NARROWED_TYPES.has(node.type)) return true;
  if (filters.statuses.length > 0 && node.type === 'document' && !filters.statuses.includes(node.status)) return false;
  if ((filters.from || filters.to) && !isDateInRange(dateOf(node), filters.from, filters.to)) return false;
  if (filters.topics.length > 0) {
    const topics = topicIdsOf(index, node);
    if (!filters.topics.some((topic) => topics.has(topic))) return false;
  }
  return true;
}

/**
 * Whether a (possibly partial) date falls within inclusive bounds. A partial date such as
 * "2023-05" counts as the whole month, so it matches any range that overlaps it. An entry
 * without a date cannot be shown to be in range, so it does not match a set range.
 */
export function isDateInRange(date: string | undefined, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  const start = padDate(date, '01');
  const end = padDate(date, '31');
  if (from && end < padDate(from, '01')) return false;
  if (to && start > padDate(to, '31')) return false;
  return true;
}

function padDate(date: string, fill: '01' | '31'): string {
  const [year = '0000', month = fill === '01' ? '01' : '12', day = fill] = date.split('-');
  return `${year}-${month}-${day}`;
}

/**
 * Entries to list when filters are set but nothing is typed, newest first. With topic,
 * status or date set, only documents and cases are listed: those filters say nothing about
 * authorities or topics, and listing every authority would bury the answer.
 */
export function browseEntries(index: GraphIndex, filters: EntryFilters): GraphNode[] {
  const narrowing = isNarrowing(filters);
  return index.graph.nodes
    .filter((node) => (!narrowing || NARROWED_TYPES.has(node.type)) && matchesFilters(index, node, filters))
    .sort(compareNewestFirst);
}

/** Newest first; undated entries after dated ones; then by name, so the order is stable. */
export function compareNewestFirst(a: GraphNode, b: GraphNode): number {
  const dateA = dateOf(a) ?? '';
  const dateB = dateOf(b) ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return a.name.localeCompare(b.name);
}

export interface TopicOption {
  id: string;
  name: string;
  /** How many documents and cases are about it. */
  count: number;
}

/** The topics a user can filter by, with how many documents and cases each covers. */
export function topicOptions(index: GraphIndex): TopicOption[] {
  const counts = new Map<string, number>();
  for (const node of index.graph.nodes) {
    if (!NARROWED_TYPES.has(node.type)) continue;
    for (const id of topicIdsOf(index, node)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return index.graph.nodes
    .filter((node) => node.type === 'topic')
    .map((node) => ({ id: node.id, name: node.name, count: counts.get(node.id) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const ALL_NODE_TYPES = NODE_TYPES;
export const ALL_DOCUMENT_STATUSES = DOCUMENT_STATUSES;
