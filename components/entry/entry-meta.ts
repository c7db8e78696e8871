/** The short facts shown under a name in a list: rank, draft status, its own labelled date, issuer. */
import { issuersOf } from '../../lib/graph/entry-details';
import type { GraphIndex } from '../../lib/graph/graph-index';
import type { PageI18n } from '../../lib/ext/ui-language';
import { datedLabel, rankLabel, statusLabel } from '../i18n/labels';
import type { GraphNode } from '../../lib/graph/schema';

export function entryMetaOf(i18n: PageI18n, index: GraphIndex, node: GraphNode): string[] {
  const { t } = i18n;
  const meta: string[] = [];
  if (node.type === 'document' || node.type === 'authority') meta.push(rankLabel(t, node));
  if (node.type === 'document' && node.status === 'draft') meta.push(statusLabel(t, 'draft'));
  // The entry's own date, saying which it is; the date a newsletter reported it is not one.
  const date = datedLabel(i18n, node);
  if (date) meta.push(date);
  if (node.type === 'document' || node.type === 'case') {
    const issuers = issuersOf(index, node).map(({ node: issuer }) => issuer.abbreviations[0] ?? issuer.name);
    if (issuers.length > 0) meta.push(issuers.join(t('common.listSeparator')));
    else if (node.type === 'case' && node.court) meta.push(node.court);
  }
  return meta;
}
