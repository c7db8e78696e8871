/**
 * Entries as flat rows for export: what a lawyer puts in a memo or a spreadsheet. The same rows
 * serve the whole graph and the side panel's "On this page" list (with how often each entry
 * appears on the page).
 */
import { dateOf } from '../graph/entry-card';
import { linkedNodes, type GraphIndex } from '../graph/graph-index';
import { kindLabelOf, STATUS_LABELS, TYPE_LABELS } from '../graph/labels';
import type { GraphNode, NodeType } from '../graph/schema';
import type { Note } from '../storage/schema';
import { isImportedSource } from '../graph/entry-origin';

export interface ExportRow {
  id: string;
  type: NodeType;
  typeLabel: string;
  name: string;
  kind: string;
  status?: string;
  otherNames: string[];
  /** Who issued the document, or decided the case. */
  issuedBy: string[];
  date?: string;
  effective?: string;
  code?: string;
  /** Times the entry appears on the page (for "On this page" exports). */
  mentions?: number;
  /** Newsletter issues it was read from. */
  newsletters: string[];
  /** At least one source is one of the user's imports. */
  imported: boolean;
  starred: boolean;
  note: string;
}

export interface RowOptions {
  /** Which entries, in this order; default: every entry except topics, by type then name. */
  ids?: readonly string[];
  /** Mentions per entry id on a page. */
  counts?: Readonly<Record<string, number>>;
  notes?: readonly Note[];
}

const TYPE_ORDER: Record<NodeType, number> = { document: 0, authority: 1, case: 2, topic: 3 };

export function toExportRows(index: GraphIndex, options: RowOptions = {}): ExportRow[] {
  const notes = new Map((options.notes ?? []).map((note) => [note.entryId, note]));
  const nodes = options.ids
    ? options.ids.map((id) => index.nodesById.get(id)).filter((node): node is GraphNode => node !== undefined)
    : index.graph.nodes.filter((node) => node.type !== 'topic').sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.name.localeCompare(b.name));
  return nodes.map((node) => toRow(node, index, options.counts?.[node.id], notes.get(node.id)));
}

function toRow(node: GraphNode, index: GraphIndex, mentions: number | undefined, note: Note | undefined): ExportRow {
  const issuers = linkedNodes(index, node.id, node.type === 'case' ? 'decided_by' : 'issued_by');
  return {
    id: node.id,
    type: node.type,
    typeLabel: TYPE_LABELS[node.type],
    name: node.name,
    kind: node.type === 'topic' ? TYPE_LABELS.topic : kindLabelOf(node),
    status: node.type === 'document' ? STATUS_LABELS[node.status] : undefined,
    otherNames: [...new Set([...node.abbreviations, ...node.aliases])].filter((name) => name !== node.name),
    issuedBy: issuers.map((issuer) => issuer.name),
    date: dateOf(node),
    effective: node.type === 'document' ? node.effective : undefined,
    code: node.type === 'document' ? node.code : node.type === 'case' ? node.caseNumber : undefined,
    mentions,
    newsletters: [...new Set(node.sources.map((source) => source.issue || source.newsletter))],
    imported: node.sources.some(isImportedSource),
    starred: note?.starred ?? false,
    note: note?.text ?? '',
  };
}
