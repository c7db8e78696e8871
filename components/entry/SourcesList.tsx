import { useState } from 'react';
import { sourcesOf } from '../../lib/graph/entry-details';
import type { Source } from '../../lib/graph/schema';
import { SourceCitation } from './SourceCitation';
import { useT } from '../i18n/i18n-context';

const FIRST_SHOWN = 8;

/** Every place the newsletters mention the entry, newest first: the evidence behind the entry. */
export function SourcesList({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const unique = sourcesOf(sources);
  const shown = showAll ? unique : unique.slice(0, FIRST_SHOWN);
  return (
    <section className="entry-section sources" aria-labelledby="sources-heading">
      <h3 id="sources-heading">
        {t('entry.sources')} <span className="count">{unique.length}</span>
      </h3>
      <ol className="source-list">
        {shown.map((source, index) => (
          <li key={`${source.newsletter}|${source.item}|${index}`} className="source">
            <SourceCitation source={source} />
          </li>
        ))}
      </ol>
      {unique.length > shown.length && (
        <button type="button" className="show-more" onClick={() => setShowAll(true)}>
          {t('entry.showAllSources', [unique.length])}
        </button>
      )}
    </section>
  );
}
