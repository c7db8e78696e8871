/** The short description of one entry that the hover card shows. */
import type { EntryCard } from '../messages';
import { linkedNodes, type GraphIndex } from './graph-index';
import { kindLabelOf, STATUS_LABELS } from './labels';
import type { GraphNode } from './schema';

const SUMMARY_LIMIT = 220;

export function toEntryCard(node: GraphNode, index: GraphIndex): EntryCard {
  const issuers = linkedNodes(index, node.id, node.type === 'case' ? 'decided_by' : 'issued_by');
  return {
    id: node.id,
    type: node.type,
    name: node.name,
    kindLabel: kindLabelOf(node),
    issuer: issuers.length > 0 ? issuers.map((issuer) => issuer.abbreviations[0] ?? issuer.name).join(', ') : undefined,
    status: node.type === 'document' ? STATUS_LABELS[node.status] : undefined,
    date: dateOf(node),
    summary: truncate(summaryOf(node), SUMMARY_LIMIT),
    imported: node.sources.every((source) => source.newsletter.startsWith('import:')) || undefined,
  };
}

export function dateOf(node: GraphNode): string | undefined {
  if (node.type === 'document') return node.issued ?? node.sources.find((s) => s.date)?.date;
  if (node.type === 'case') return node.date ?? node.sources.find((s) => s.date)?.date;
  return undefined;
}

export function summaryOf(node: GraphNode): string {
  return node.summary || node.sources[0]?.quote || '';
}

function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit - 20))}…`;
}
