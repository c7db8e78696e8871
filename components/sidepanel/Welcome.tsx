/** What the panel shows before an entry is chosen: how to get one, and good places to start. */
import { useMemo } from 'react';
import type { GraphIndex } from '../../lib/graph/graph-index';
import { mostConnected } from '../../lib/graph/neighbourhood';
import { EntryList } from '../entry/EntryList';
import { useT } from '../i18n/i18n-context';
import { richText } from '../i18n/rich-text';

export function Welcome({ index }: { index: GraphIndex }) {
  const t = useT();
  const starts = useMemo(
    () => [
      ...mostConnected(index, 3, 'document'),
      ...mostConnected(index, 2, 'authority'),
      ...mostConnected(index, 2, 'topic'),
    ],
    [index],
  );
  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t('welcome.heading')}</h2>
      <ul className="welcome-ways">
        <li>{richText(t, 'welcome.search', { key: <kbd>/</kbd> })}</li>
        <li>{t('welcome.click')}</li>
        <li>{t('welcome.select')}</li>
      </ul>
      {starts.length > 0 && (
        <section className="entry-section" aria-labelledby="starts-heading">
          <h3 id="starts-heading">{t('welcome.starts')}</h3>
          <EntryList index={index} items={starts.map((node) => ({ node }))} showType />
        </section>
      )}
    </section>
  );
}
