/**
 * Restoring a backup: choose the file, see what it holds (and what in it cannot be read),
 * confirm. A damaged, truncated or newer backup is refused with the reason, and nothing changes.
 */
import { useId, useState } from 'react';
import { restoreUserData } from '../../lib/ext/user-data-store';
import { rebuildImportGraph } from '../../lib/import/read-import';
import { parseBackup, type BackupReading } from '../../lib/storage/parse-backup';
import { nextPaint } from './next-paint';
import type { Status } from './StatusMessage';
import { formatDay, summarize } from './wording';

/** Far above any real backup (imports are at most a few MB each), far below what would hang the page. */
const MAX_BACKUP_BYTES = 200_000_000;

type Ready = Extract<BackupReading, { ok: true }> & { fileName: string };

export function RestoreBackup({ onDone }: { onDone: (status: Status) => void }) {
  const [ready, setReady] = useState<Ready | undefined>();
  const [busy, setBusy] = useState(false);
  const fileId = useId();

  const choose = async (file: File) => {
    setReady(undefined);
    if (file.size === 0) return onDone({ kind: 'error', text: `“${file.name}” is empty. Nothing was changed.` });
    if (file.size > MAX_BACKUP_BYTES) return onDone({ kind: 'error', text: `“${file.name}” is too large to be a TMT Lens backup. Nothing was changed.` });
    setBusy(true);
    onDone({ kind: 'progress', text: `Reading “${file.name}”…` });
    try {
      const text = await file.text();
      await nextPaint();
      const reading = parseBackup(text, { now: new Date().toISOString(), rebuildImportGraph });
      if (!reading.ok) return onDone({ kind: 'error', text: reading.error });
      setReady({ ...reading, fileName: file.name });
      onDone(null);
    } catch (error) {
      onDone({ kind: 'error', text: `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was changed.` });
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (!ready) return;
    setBusy(true);
    const result = await restoreUserData(ready.data);
    setBusy(false);
    setReady(undefined);
    onDone(result.ok ? { kind: 'success', text: `Restored ${summarize(ready.data)} from ${ready.fileName}.` } : { kind: 'error', text: result.error });
  };

  return (
    <>
      <p className="form-row">
        <label htmlFor={fileId}>Restore from a backup file</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void choose(file);
          }}
        />
      </p>
      {ready && (
        <section className="restore-preview" aria-labelledby="restore-preview-title">
          <h3 id="restore-preview-title">Restore “{ready.fileName}”?</h3>
          <p>
            It holds {summarize(ready.data)}
            {ready.exportedAt && <>, saved on {formatDay(ready.exportedAt)}</>}
            {ready.app && <> by TMT Lens {ready.app}</>}. Restoring adds these to your data; nothing is removed, and notes on the same entry are combined.
          </p>
          {ready.problems.length > 0 && (
            <>
              <p className="error">Some of it cannot be read:</p>
              <ul>
                {ready.problems.map((problem) => (
                  <li key={`${problem.key}:${problem.setAsideKey ?? ''}`}>
                    {problem.subject}: {problem.message}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="form-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void restore()}>
              Restore
            </button>
            <button type="button" disabled={busy} onClick={() => setReady(undefined)}>
              Cancel
            </button>
          </p>
        </section>
      )}
    </>
  );
}
