/** The short facts shown under a name in a list: rank, draft status, its own labelled date, issuer. */
import { labelledDateOf } from '../../lib/graph/entry-card';
import { issuersOf } from '../../lib/graph/entry-details';
import type { GraphIndex } from '../../lib/graph/graph-index';
import { rankLabelOf, STATUS_LABELS } from '../../lib/graph/labels';
import type { GraphNode } from '../../lib/graph/schema';

export function entryMetaOf(index: GraphIndex, node: GraphNode): string[] {
  const meta: string[] = [];
  if (node.type === 'document' || node.type === 'authority') meta.push(rankLabelOf(node));
  if (node.type === 'document' && node.status === 'draft') meta.push(STATUS_LABELS.draft);
  // The entry's own date, saying which it is; the date a newsletter reported it is not one.
  const date = labelledDateOf(node);
  if (date) meta.push(date);
  if (node.type === 'document' || node.type === 'case') {
    const issuers = issuersOf(index, node).map(({ node: issuer }) => issuer.abbreviations[0] ?? issuer.name);
    if (issuers.length > 0) meta.push(issuers.join(', '));
    else if (node.type === 'case' && node.court) meta.push(node.court);
  }
  return meta;
}
