import type { Source } from '../../lib/graph/schema';
import { formatDate } from '../../lib/graph/format-date';

/** One source as a citation: the quoted sentence, then where it was read. */
export function SourceCitation({ source }: { source: Source }) {
  const imported = source.newsletter.startsWith('import:');
  const newsletter = source.issue || source.newsletter.replace(/^import:/, '');
  return (
    <>
      {source.quote && <blockquote className="source-quote">{source.quote}</blockquote>}
      <p className="source-cite">
        <span className="source-newsletter">
          {imported ? 'Imported: ' : ''}
          {newsletter}
        </span>
        {source.item && (
          <>
            {' · '}
            <span className="source-item">{source.item}</span>
          </>
        )}
        {source.date && (
          <>
            {' · '}
            <time dateTime={source.date}>{formatDate(source.date)}</time>
          </>
        )}
      </p>
    </>
  );
}
