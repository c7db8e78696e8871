/** The parts of an entry view specific to topics: everything filed under it, newest first. */
import { useMemo, useState } from 'react';
import { entriesAbout } from '../../lib/graph/entry-details';
import type { GraphIndex } from '../../lib/graph/graph-index';
import type { NodeType, TopicNode } from '../../lib/graph/schema';
import { EntryList } from './EntryList';
import { EntrySection } from './EntrySection';
import { useT } from '../i18n/i18n-context';
import { pluralTypeLabel } from '../i18n/labels';

export function TopicLinks({ index, node }: { index: GraphIndex; node: TopicNode }) {
  const t = useT();
  const entries = useMemo(() => entriesAbout(index, node.id), [index, node.id]);
  const [type, setType] = useState<NodeType | 'all'>('all');
  const counts = countByType(entries.map((entry) => entry.type));
  const shown = type === 'all' ? entries : entries.filter((entry) => entry.type === type);
  return (
    <EntrySection title={t('entry.onTopic')} count={entries.length}>
      {entries.length === 0 ? (
        <p className="muted">{t('entry.noneOnTopic')}</p>
      ) : (
        <>
          {counts.size > 1 && (
            <div className="chip-group" role="group" aria-label={t('entry.typeFilter')}>
              {(['all', ...counts.keys()] as const).map((option) => (
                <button
                  key={option}
                  type="button"
                  className="chip"
                  aria-pressed={type === option}
                  onClick={() => setType(option)}
                >
                  {option === 'all' ? t('entry.all') : pluralTypeLabel(t, option)}{' '}
                  <span className="count">{option === 'all' ? entries.length : counts.get(option)}</span>
                </button>
              ))}
            </div>
          )}
          <EntryList index={index} items={shown.map((entry) => ({ node: entry }))} showType limit={20} />
        </>
      )}
    </EntrySection>
  );
}

function countByType(types: NodeType[]): Map<NodeType, number> {
  const counts = new Map<NodeType, number>();
  for (const type of (['document', 'case', 'authority'] as const).filter((t) => types.includes(t))) {
    counts.set(type, types.filter((t) => t === type).length);
  }
  return counts;
}
