/** The short facts shown under a name in a list: kind, draft status, date, issuer. */
import { dateOf } from '../../lib/graph/entry-card';
import { issuersOf } from '../../lib/graph/entry-details';
import type { GraphIndex } from '../../lib/graph/graph-index';
import { kindLabelOf, STATUS_LABELS } from '../../lib/graph/labels';
import type { GraphNode } from '../../lib/graph/schema';
import { formatDate } from '../../lib/graph/format-date';

export function entryMetaOf(index: GraphIndex, node: GraphNode): string[] {
  const meta: string[] = [];
  if (node.type === 'document' || node.type === 'authority') meta.push(kindLabelOf(node));
  if (node.type === 'document' && node.status === 'draft') meta.push(STATUS_LABELS.draft);
  const date = dateOf(node);
  if (date) meta.push(formatDate(date));
  if (node.type === 'document' || node.type === 'case') {
    const issuers = issuersOf(index, node).map(({ node: issuer }) => issuer.abbreviations[0] ?? issuer.name);
    if (issuers.length > 0) meta.push(issuers.join(', '));
    else if (node.type === 'case' && node.court) meta.push(node.court);
  }
  return meta;
}
