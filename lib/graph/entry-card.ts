/** The short description of one entry that the hover card shows. */
import type { EntryCard } from '../messages';
import { linkedNodes, type GraphIndex } from './graph-index';
import { originOf, validityOf } from './entry-origin';
import { rankTermZhOf } from './labels';
import type { DateKind } from '../i18n/enum-labels';
import type { GraphNode } from './schema';

const SUMMARY_LIMIT = 220;

export function toEntryCard(node: GraphNode, index: GraphIndex, today = new Date().toISOString().slice(0, 10)): EntryCard {
  const issuers = linkedNodes(index, node.id, node.type === 'case' ? 'decided_by' : 'issued_by');
  const [date] = ownDatesOf(node);
  const validity = node.type === 'document' ? validityOf(node, today) : undefined;
  return {
    id: node.id,
    type: node.type,
    name: node.name,
    kind: node.type === 'authority' || node.type === 'document' ? node.kind : undefined,
    rankZh: rankTermZhOf(node),
    nameZh: node.type === 'authority' || node.type === 'document' ? node.nameZh : undefined,
    issuer: issuers.length > 0 ? issuers.map((issuer) => issuer.abbreviations[0] ?? issuer.name).join(', ') : undefined,
    // "In force" or "Not yet in force" where sourced dates say so, else draft / final / unknown.
    validity,
    status: node.type === 'document' && !validity ? node.status : undefined,
    date: date ? { kind: date.kind, iso: date.iso } : undefined,
    summary: node.type === 'authority' || node.type === 'topic' ? '' : truncate(summaryOf(node), SUMMARY_LIMIT),
    hub: hubOf(node, index),
    reference: originOf(node).core || undefined,
    titleTranslated: node.type === 'document' ? node.titleTranslated : undefined,
  };
}

/** An authority or a topic in figures: what it is, and how much TMT Lens knows about it. */
function hubOf(node: GraphNode, index: GraphIndex): EntryCard['hub'] {
  if (node.type === 'authority') return { level: node.level, issued: linkedNodes(index, node.id, 'issued_by', 'in').length };
  if (node.type === 'topic') return { entries: linkedNodes(index, node.id, 'about', 'in').length };
  return undefined;
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
  kind: DateKind;
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

export function summaryOf(node: GraphNode): string {
  return node.summary || node.sources[0]?.quote || '';
}

function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit - 20))}…`;
}
