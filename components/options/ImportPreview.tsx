/**
 * What an import would add, before the user confirms: new entries, entries it merges into
 * (with the names that matched), topics and links. Everything from the newsletter is text.
 */
import { useEffect, useRef } from 'react';
import type { ImportPreview as Preview, PreviewEntry } from '../../lib/import/preview-import';
import type { ImportRecord } from '../../lib/storage/schema';
import { plural } from './wording';

interface ImportPreviewProps {
  record: ImportRecord;
  preview: Preview;
  warnings: string[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ImportPreview({ record, preview, warnings, busy, onConfirm, onCancel }: ImportPreviewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const newCount = preview.newEntries.length;
  const mergedCount = preview.mergedEntries.length;
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title" ref={headingRef} tabIndex={-1}>
        Preview of “{record.title}”
      </h3>
      <p className="preview-summary">
        {plural(record.items, 'news item')} · {plural(newCount, 'new entry', 'new entries')} · {plural(mergedCount, 'entry', 'entries')} already in TMT Lens ·{' '}
        {plural(preview.newLinks, 'new link')}
        {record.fileName && <span className="muted"> · from {record.fileName}</span>}
      </p>
      {warnings.length > 0 && (
        <ul className="preview-warnings" aria-label="Warnings">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <h4>New entries ({newCount})</h4>
      {newCount === 0 ? (
        <p className="muted">None: everything this newsletter names is already in TMT Lens.</p>
      ) : (
        <ul className="preview-list" aria-label="New entries">
          {preview.newEntries.map((entry) => (
            <li key={entry.id}>
              <EntryName entry={entry} />
            </li>
          ))}
        </ul>
      )}
      <h4>Merges into existing entries ({mergedCount})</h4>
      {mergedCount === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table className="preview-merges" aria-label="Merges into existing entries">
          <thead>
            <tr>
              <th scope="col">In the newsletter</th>
              <th scope="col">Merges into</th>
              <th scope="col">Matched name</th>
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
      {preview.topics.length > 0 && <p className="muted">Topics: {preview.topics.join(', ')}</p>}
      <div className="form-row">
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          Import
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function EntryName({ entry }: { entry: PreviewEntry }) {
  return (
    <>
      <span className={`badge badge-${entry.type}`}>{entry.type}</span> <span className="entry-name">{entry.name}</span>{' '}
      <span className="muted">{entry.kindLabel}</span>
    </>
  );
}
