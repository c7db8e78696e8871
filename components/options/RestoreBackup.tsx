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
import { useI18n } from '../i18n/i18n-context';
import { BACKUP_ERROR_KEYS, WRITE_ERROR_KEYS, wordCoded, wordStorageProblem } from '../i18n/coded-wording';

/** Far above any real backup (imports are at most a few MB each), far below what would hang the page. */
const MAX_BACKUP_BYTES = 200_000_000;

type Ready = Extract<BackupReading, { ok: true }> & { fileName: string };

export function RestoreBackup({ onDone }: { onDone: (status: Status) => void }) {
  const { t, language } = useI18n();
  const [ready, setReady] = useState<Ready | undefined>();
  const [busy, setBusy] = useState(false);
  const fileId = useId();

  const choose = async (file: File) => {
    setReady(undefined);
    if (file.size === 0) return onDone({ kind: 'error', text: t('restore.empty', { file: file.name }) });
    if (file.size > MAX_BACKUP_BYTES) return onDone({ kind: 'error', text: t('restore.tooLarge', { file: file.name }) });
    setBusy(true);
    onDone({ kind: 'progress', text: t('restore.reading', { file: file.name }) });
    try {
      const text = await file.text();
      await nextPaint();
      const reading = parseBackup(text, { now: new Date().toISOString(), rebuildImportGraph });
      if (!reading.ok) return onDone({ kind: 'error', text: wordCoded(t, BACKUP_ERROR_KEYS, reading.error) });
      setReady({ ...reading, fileName: file.name });
      onDone(null);
    } catch (error) {
      onDone({ kind: 'error', text: t('restore.readFailed', { file: file.name, error: error instanceof Error ? error.message : String(error) }) });
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
    onDone(result.ok ? { kind: 'success', text: t('restore.restored', { summary: summarize(t, ready.data), file: ready.fileName }) } : { kind: 'error', text: wordCoded(t, WRITE_ERROR_KEYS, result.error) });
  };

  return (
    <>
      <p className="form-row">
        <label htmlFor={fileId}>{t('restore.label')}</label>
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
          <h3 id="restore-preview-title">{t('restore.title', { file: ready.fileName })}</h3>
          <p>
            {t('restore.holds', { summary: summarize(t, ready.data) })}
            {ready.exportedAt && t('restore.savedOn', { date: formatDay(ready.exportedAt, language) })}
            {ready.app && t('restore.by', { version: ready.app })}
            {t('restore.explain')}
          </p>
          {ready.problems.length > 0 && (
            <>
              <p className="error">{t('restore.problems')}</p>
              <ul>
                {ready.problems.map((problem) => {
                  const { subject, text } = wordStorageProblem(t, problem);
                  return (
                    <li key={`${problem.key}:${problem.setAsideKey ?? ''}`}>
                      {subject}: {text}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <p className="form-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void restore()}>
              {t('restore.restore')}
            </button>
            <button type="button" disabled={busy} onClick={() => setReady(undefined)}>
              {t('common.cancel')}
            </button>
          </p>
        </section>
      )}
    </>
  );
}
