/**
 * What an import would add, before the user confirms: new entries, entries it merges into
 * (with the names that matched), topics and links. Everything from the newsletter is text.
 */
import { useEffect, useRef } from 'react';
import type { ImportPreview as Preview, PreviewEntry } from '../../lib/import/preview-import';
import type { ImportWarning } from '../../lib/import/read-import';
import type { ImportRecord } from '../../lib/storage/schema';
import { useT } from '../i18n/i18n-context';
import { hitKindLabel, typeLabel } from '../i18n/labels';
import { PARSE_WARNING_KEYS, wordCoded } from '../i18n/coded-wording';

interface ImportPreviewProps {
  record: ImportRecord;
  preview: Preview;
  warnings: ImportWarning[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ImportPreview({ record, preview, warnings, busy, onConfirm, onCancel }: ImportPreviewProps) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const newCount = preview.newEntries.length;
  const mergedCount = preview.mergedEntries.length;
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title" ref={headingRef} tabIndex={-1}>
        {t('importPreview.title', { title: record.title })}
      </h3>
      <p className="preview-summary">
        {[
          t('count.newsItem', record.items),
          t('count.newEntry', newCount),
          t('importPreview.alreadyIn', { count: t('count.entry', mergedCount) }),
          t('count.newLink', preview.newLinks),
        ].join(t('common.metaSeparator'))}
        {record.fileName && <span className="muted">{t('importPreview.from', { file: record.fileName })}</span>}
      </p>
      {warnings.length > 0 && (
        <ul className="preview-warnings" aria-label={t('importPreview.warnings')}>
          {warnings.map((warning) => (
            <li key={warning.message}>{wordCoded(t, PARSE_WARNING_KEYS, warning)}</li>
          ))}
        </ul>
      )}
      <h4>{t('importPreview.newEntries', { count: newCount })}</h4>
      {newCount === 0 ? (
        <p className="muted">{t('importPreview.noNew')}</p>
      ) : (
        <ul className="preview-list" aria-label={t('importPreview.newEntriesList')}>
          {preview.newEntries.map((entry) => (
            <li key={entry.id}>
              <EntryName entry={entry} />
            </li>
          ))}
        </ul>
      )}
      <h4>{t('importPreview.merges', { count: mergedCount })}</h4>
      {mergedCount === 0 ? (
        <p className="muted">{t('importPreview.none')}</p>
      ) : (
        <table className="preview-merges" aria-label={t('importPreview.mergesList')}>
          <thead>
            <tr>
              <th scope="col">{t('importPreview.inNewsletter')}</th>
              <th scope="col">{t('importPreview.mergesInto')}</th>
              <th scope="col">{t('importPreview.matchedName')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.mergedEntries.map((merge) => (
              <tr key={`${merge.entry.id}>${merge.into.id}`}>
                <td>
                  <EntryName entry={merge.entry} />
                </td>
                <td>{merge.into.name}</td>
                <td>{merge.matchedName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.topics.length > 0 && <p className="muted">{t('importPreview.topics', { topics: preview.topics.join(t('common.listSeparator')) })}</p>}
      <div className="form-row">
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {t('importPreview.import')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}

function EntryName({ entry }: { entry: PreviewEntry }) {
  const t = useT();
  return (
    <>
      <span className={`badge badge-${entry.type}`}>{typeLabel(t, entry.type)}</span> <span className="entry-name">{entry.name}</span>{' '}
      <span className="muted">{hitKindLabel(t, entry)}</span>
    </>
  );
}
