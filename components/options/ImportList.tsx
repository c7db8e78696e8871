/** The newsletters the user imported, with what each brought, and a way to remove one. */
import { useRef, useState } from 'react';
import { removeImport } from '../../lib/ext/user-data-store';
import type { ImportRecord } from '../../lib/storage/schema';
import { ConfirmInline } from './ConfirmInline';
import { formatDay, plural } from './wording';
import { StatusMessage, type Status } from './StatusMessage';

export function ImportList({ imports }: { imports: readonly ImportRecord[] }) {
  const [status, setStatus] = useState<Status>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const remove = async (record: ImportRecord) => {
    const result = await removeImport(record.id);
    setStatus(result.ok ? { kind: 'success', text: `Removed “${record.title}”. Your notes are kept.` } : { kind: 'error', text: result.error });
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  return (
    <>
      {imports.length === 0 ? (
        <p className="empty-state">No imports yet. Newsletters you import appear here, and their names are highlighted on pages like TMT Lens’s own.</p>
      ) : (
        <table className="import-list" aria-label="Your imports">
          <thead>
            <tr>
              <th scope="col">Newsletter</th>
              <th scope="col">From</th>
              <th scope="col">Imported</th>
              <th scope="col">Contents</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {imports.map((record) => (
              <tr key={record.id} data-import-id={record.id}>
                <th scope="row" className="import-title">
                  {record.title}
                </th>
                <td>{record.fileName ?? <span className="muted">Pasted text</span>}</td>
                <td>
                  <time dateTime={record.importedAt}>{formatDay(record.importedAt)}</time>
                </td>
                <td>
                  {plural(record.items, 'news item')}, {plural(entryCount(record), 'entry', 'entries')}
                </td>
                <td className="actions">
                  <ConfirmInline
                    label="Remove"
                    ariaLabel={`Remove “${record.title}”`}
                    question="Remove this import and the facts it added? Your notes stay."
                    confirmLabel="Remove import"
                    cancelLabel="Keep"
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
