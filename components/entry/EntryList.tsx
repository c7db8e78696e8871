import { useState } from 'react';
import { edgeSourcesOf, type LinkedEntry } from '../../lib/graph/entry-details';
import type { GraphIndex } from '../../lib/graph/graph-index';
import type { GraphEdge, GraphNode } from '../../lib/graph/schema';
import { EntryLink } from './EntryLink';
import { entryMetaOf } from './entry-meta';
import { SourceCitation } from './SourceCitation';
import { TypeBadge } from './TypeBadge';
import { useI18n } from '../i18n/i18n-context';

export interface EntryListItem {
  node: GraphNode;
  /** The edges that link it to the shown entry; their sources are offered as evidence. */
  edges?: GraphEdge[];
}

interface EntryListProps {
  index: GraphIndex;
  items: readonly (EntryListItem | LinkedEntry)[];
  /** Show each entry's type (lists that mix types, such as a topic's entries). */
  showType?: boolean;
  /** How many to show before "Show all". */
  limit?: number;
}

/** A list of linked entries with their key facts and, for links, where the newsletters state them. */
export function EntryList({ index, items, showType = false, limit = 12 }: EntryListProps) {
  const { t } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? items : items.slice(0, limit);
  return (
    <>
      <ul className="entry-list">
        {shown.map((item) => (
          <EntryListRow key={item.node.id} index={index} item={item} showType={showType} />
        ))}
      </ul>
      {items.length > shown.length && (
        <button type="button" className="show-more" onClick={() => setShowAll(true)}>
          {t('entry.showAll', [items.length])}
        </button>
      )}
    </>
  );
}

function EntryListRow({ index, item, showType }: { index: GraphIndex; item: EntryListItem; showType: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const meta = entryMetaOf(i18n, index, item.node);
  const evidence = item.edges ? edgeSourcesOf({ node: item.node, edges: item.edges }) : [];
  return (
    <li className="entry-list-item" data-entry-id={item.node.id}>
      <div className="entry-list-name">
        {showType && <TypeBadge type={item.node.type} />} <EntryLink node={item.node} />
      </div>
      {meta.length > 0 && <div className="entry-list-meta">{meta.join(t('common.metaSeparator'))}</div>}
      {evidence.length > 0 && (
        <details className="evidence">
          <summary>
            {t('entry.evidence', evidence.length)}
            <span className="visually-hidden">{t('entry.evidenceFor', { name: item.node.name })}</span>
          </summary>
          <ul>
            {evidence.map((source, position) => (
              <li key={position}>
                <SourceCitation source={source} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
