/** Backup and restore of all user data, and deleting it all. */
import { useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { clearUserData, readUserData } from '../../lib/ext/user-data-store';
import { backupFileName, createBackup } from '../../lib/storage/backup';
import type { UserData } from '../../lib/storage/schema';
import { ConfirmInline } from './ConfirmInline';
import { downloadFile } from './download';
import { RestoreBackup } from './RestoreBackup';
import { StatusMessage, type Status } from './StatusMessage';
import { summarize } from './wording';
import { useT } from '../i18n/i18n-context';
import { WRITE_ERROR_KEYS, wordCoded } from '../i18n/coded-wording';

/** Which control a message answers: it is shown next to that control, not under another. */
type Origin = 'backup' | 'delete';

export function BackupPanel({ data }: { data: UserData }) {
  const t = useT();
  const [status, setStatus] = useState<{ origin: Origin; status: Status }>({ origin: 'backup', status: null });
  const statusRef = useRef<HTMLParagraphElement>(null);
  const announce = (next: Status, origin: Origin = 'backup') => {
    setStatus({ origin, status: next });
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const backUp = async () => {
    try {
      const now = new Date().toISOString();
      // Read afresh: the backup holds exactly what is stored now, set-aside data included.
      const { data: current } = await readUserData();
      downloadFile({ fileName: backupFileName(now), mimeType: 'application/json', content: createBackup(current, { now, app: browser.runtime.getManifest().version }) });
      announce({ kind: 'success', text: t('backup.saved', { file: backupFileName(now), summary: summarize(t, current) }) });
    } catch (error) {
      announce({ kind: 'error', text: t('backup.failed', { error: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const deleteAll = async () => {
    const result = await clearUserData();
    announce(result.ok ? { kind: 'success', text: t('backup.deleted') } : { kind: 'error', text: wordCoded(t, WRITE_ERROR_KEYS, result.error) }, 'delete');
  };

  const isEmpty = data.imports.length === 0 && data.notes.length === 0 && !data.settings && data.setAside.length === 0;
  return (
    <>
      <p className="muted">{t('backup.intro')}</p>
      <p className="form-row">
        <button type="button" className="primary" onClick={() => void backUp()}>
          {t('backup.download')}
        </button>
      </p>
      <RestoreBackup onDone={(next) => announce(next)} />
      {status.origin === 'backup' && <StatusMessage status={status.status} focusRef={statusRef} />}
      <h3>{t('backup.deleteHeading')}</h3>
      <p className="form-row">
        <ConfirmInline
          label={t('backup.deleteButton')}
          question={t('backup.deleteQuestion', { summary: summarize(t, data) })}
          confirmLabel={t('backup.deleteConfirm')}
          disabled={isEmpty}
          onConfirm={() => void deleteAll()}
        />
      </p>
      {status.origin === 'delete' && <StatusMessage status={status.status} focusRef={statusRef} />}
    </>
  );
}
