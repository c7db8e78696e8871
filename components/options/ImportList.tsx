/** The newsletters the user imported, with what each brought, and a way to remove one. */
import { useRef, useState } from 'react';
import { removeImport } from '../../lib/ext/user-data-store';
import type { ImportRecord } from '../../lib/storage/schema';
import { ConfirmInline } from './ConfirmInline';
import { formatDay } from './wording';
import { useI18n } from '../i18n/i18n-context';
import { WRITE_ERROR_KEYS, wordCoded } from '../i18n/coded-wording';
import { StatusMessage, type Status } from './StatusMessage';

export function ImportList({ imports }: { imports: readonly ImportRecord[] }) {
  const { t, language } = useI18n();
  const [status, setStatus] = useState<Status>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const remove = async (record: ImportRecord) => {
    const result = await removeImport(record.id);
    setStatus(result.ok ? { kind: 'success', text: t('importList.removed', { title: record.title }) } : { kind: 'error', text: wordCoded(t, WRITE_ERROR_KEYS, result.error) });
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  return (
    <>
      {imports.length === 0 ? (
        <p className="empty-state">{t('importList.empty')}</p>
      ) : (
        <table className="import-list" aria-label={t('importList.label')}>
          <thead>
            <tr>
              <th scope="col">{t('importList.newsletter')}</th>
              <th scope="col">{t('importList.from')}</th>
              <th scope="col">{t('importList.importedAt')}</th>
              <th scope="col">{t('importList.contents')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('importList.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {imports.map((record) => (
              <tr key={record.id} data-import-id={record.id}>
                <th scope="row" className="import-title">
                  {record.title}
                </th>
                <td>{record.fileName ?? <span className="muted">{t('importList.pasted')}</span>}</td>
                <td>
                  <time dateTime={record.importedAt}>{formatDay(record.importedAt, language)}</time>
                </td>
                <td>
                  {t('count.newsItem', record.items)}
                  {t('common.listSeparator')}
                  {t('count.entry', entryCount(record))}
                </td>
                <td className="actions">
                  <ConfirmInline
                    label={t('importList.remove')}
                    ariaLabel={t('importList.removeLabel', { title: record.title })}
                    question={t('importList.question')}
                    confirmLabel={t('importList.confirm')}
                    cancelLabel={t('importList.keep')}
                    onConfirm={() => void remove(record)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <StatusMessage status={status} focusRef={statusRef} />
    </>
  );
}

function entryCount(record: ImportRecord): number {
  return record.graph.nodes.filter((node) => node.type !== 'topic').length;
}
