/** The short description of one entry that the hover card shows. */
import type { EntryCard } from '../messages';
import { formatDate } from './format-date';
import { linkedNodes, type GraphIndex } from './graph-index';
import { originOf, validityOf, VALIDITY_LABELS } from './entry-origin';
import { kindLabelOf, rankLabelOf, STATUS_LABELS } from './labels';
import type { GraphNode } from './schema';

const SUMMARY_LIMIT = 220;

export function toEntryCard(node: GraphNode, index: GraphIndex, today = new Date().toISOString().slice(0, 10)): EntryCard {
  const issuers = linkedNodes(index, node.id, node.type === 'case' ? 'decided_by' : 'issued_by');
  const kindLabel = rankLabelOf(node);
  return {
    id: node.id,
    type: node.type,
    name: node.name,
    kindLabel: (node.type === 'authority' || node.type === 'document') && node.nameZh ? `${kindLabel} · ${node.nameZh}` : kindLabel,
    issuer: issuers.length > 0 ? issuers.map((issuer) => issuer.abbreviations[0] ?? issuer.name).join(', ') : undefined,
    status: node.type === 'document' ? statusLabelOf(node, today) : undefined,
    // Formatted here, as everywhere else in TMT Lens ("7 May 2024"), so the content script needs no date code.
    date: labelledDateOf(node),
    summary: truncate(node.type === 'authority' || node.type === 'topic' ? describeHub(node, index) : summaryOf(node), SUMMARY_LIMIT),
    reference: originOf(node).core || undefined,
  };
}

/** "In force" or "Not yet in force" where sourced dates say so, else draft / final / unknown. */
function statusLabelOf(node: Extract<GraphNode, { type: 'document' }>, today: string): string {
  const validity = validityOf(node, today);
  return validity ? VALIDITY_LABELS[validity] : STATUS_LABELS[node.status];
}

/**
 * The date an entry is known by, for ordering and date filters: when it was issued or decided,
 * else when a newsletter first reported it. Not for display as an issue date (see issuedOn).
 */
export function dateOf(node: GraphNode): string | undefined {
  if (node.type === 'document') return node.issued ?? node.sources.find((s) => s.date)?.date;
  if (node.type === 'case') return node.date ?? node.sources.find((s) => s.date)?.date;
  return undefined;
}

/** The date an instrument was issued or a case decided, only where a newsletter says so. */
export function issuedOn(node: GraphNode): string | undefined {
  if (node.type === 'document') return node.issued;
  if (node.type === 'case') return node.date;
  return undefined;
}

/** `kind` names the date for a UI that words it in another language. */
export interface OwnDate {
  kind: 'decided' | 'issued' | 'adopted' | 'commentDate' | 'effective';
  label: string;
  iso: string;
}

/** An entry's own dates, each with what it is; never the date a newsletter reported it. */
export function ownDatesOf(node: GraphNode): Array<OwnDate> {
  if (node.type === 'case') return node.date ? [{ kind: 'decided', label: 'Decided', iso: node.date }] : [];
  if (node.type !== 'document') return [];
  const dates: Array<Omit<OwnDate, 'iso'> & { iso: string | undefined }> = [
    { kind: 'issued', label: 'Issued', iso: node.issued },
    { kind: 'adopted', label: 'Adopted', iso: node.adopted },
    { kind: 'commentDate', label: 'Published for comment', iso: node.commentDate },
    { kind: 'effective', label: 'Effective', iso: node.effective },
  ];
  return dates.filter((date): date is OwnDate => Boolean(date.iso));
}

/** The first of an entry's own dates, labelled ("Issued 6 Jan 2023"), for a card or a list. */
export function labelledDateOf(node: GraphNode): string | undefined {
  const [first] = ownDatesOf(node);
  return first ? `${first.label} ${formatDate(first.iso)}` : undefined;
}

/** An authority or topic in one line: what it is, and how much TMT Lens knows about it. */
function describeHub(node: GraphNode, index: GraphIndex): string {
  if (node.type === 'authority') {
    const issued = linkedNodes(index, node.id, 'issued_by', 'in').length;
    const level = node.level === 'international' ? 'International' : `${node.level.charAt(0).toUpperCase()}${node.level.slice(1)}-level`;
    return `${level} ${kindLabelOf(node).toLowerCase()}${issued > 0 ? `; ${issued} document${issued === 1 ? '' : 's'} issued in TMT Lens` : ''}.`;
  }
  const entries = linkedNodes(index, node.id, 'about', 'in').length;
  return `A topic with ${entries} entr${entries === 1 ? 'y' : 'ies'} in TMT Lens.`;
}

export function summaryOf(node: GraphNode): string {
  return node.summary || node.sources[0]?.quote || '';
}

function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit - 20))}…`;
}
