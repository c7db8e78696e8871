import { mentionedWith } from '../../lib/graph/entry-details';
import type { GraphIndex } from '../../lib/graph/graph-index';
import { EntryList } from './EntryList';
import { EntrySection } from './EntrySection';
import { useT } from '../i18n/i18n-context';

/** Entries the newsletters name in the same items: context a lawyer would otherwise piece together. */
export function MentionedWith({ index, id }: { index: GraphIndex; id: string }) {
  const t = useT();
  const entries = mentionedWith(index, id);
  if (entries.length === 0) return null;
  return (
    <EntrySection title={t('entry.mentionedWith')} count={entries.length}>
      <EntryList index={index} items={entries} showType limit={8} />
    </EntrySection>
  );
}
