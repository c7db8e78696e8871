import { isCoreSource, isImportedSource } from '../../lib/graph/entry-origin';
import type { Source } from '../../lib/graph/schema';
import { formatDate } from '../../lib/graph/format-date';
import { isOfficialHost } from '../../lib/graph/official-page';
import { useI18n } from '../i18n/i18n-context';

/**
 * One source as a citation: the quoted words, then where they were read. A curated source names
 * the public page with a link and the facts the quote supports, and says when the page is the
 * state's own; a newsletter source names the issue and item.
 */
export function SourceCitation({ source }: { source: Source }) {
  const { t, language } = useI18n();
  if (isCoreSource(source)) return <PageCitation source={source} />;
  const imported = isImportedSource(source);
  const newsletter = source.issue || source.newsletter.replace(/^import:/, '');
  return (
    <>
      {source.quote && <blockquote className="source-quote">{source.quote}</blockquote>}
      <p className="source-cite">
        <span className="source-newsletter">
          {imported ? t('entry.imported') : ''}
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
            <time dateTime={source.date}>{formatDate(source.date, language)}</time>
          </>
        )}
      </p>
    </>
  );
}

function PageCitation({ source }: { source: Source }) {
  const { t } = useI18n();
  const host = hostOf(source.url);
  return (
    <>
      <blockquote className="source-quote" lang={/[\u3400-\u9fff]/.test(source.quote) ? 'zh-CN' : undefined}>
        {source.quote}
      </blockquote>
      <p className="source-cite">
        <span className="source-origin">{t('entry.referencePage')}</span>
        {host !== undefined && isOfficialHost(host) && (
          <>
            {' · '}
            <span className="source-official">{t('entry.officialPage')}</span>
          </>
        )}
        {' · '}
        {source.url && host ? (
          <a className="source-link" href={source.url} target="_blank" rel="noreferrer noopener" title={source.url}>
            {source.issue || host}
          </a>
        ) : (
          <span className="source-newsletter">{source.issue}</span>
        )}
        {host && source.issue && <span className="muted"> ({host})</span>}
        {source.supports && source.supports.length > 0 && (
          <>
            {' · '}
            <span className="source-supports">{t('entry.supports', { facts: source.supports.join(t('common.listSeparator')) })}</span>
          </>
        )}
      </p>
    </>
  );
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
