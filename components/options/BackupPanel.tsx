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

/** Which control a message answers: it is shown next to that control, not under another. */
type Origin = 'backup' | 'delete';

export function BackupPanel({ data }: { data: UserData }) {
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
      announce({ kind: 'success', text: `Saved ${backupFileName(now)}: ${summarize(current)}.` });
    } catch (error) {
      announce({ kind: 'error', text: `The backup could not be made (${error instanceof Error ? error.message : String(error)}).` });
    }
  };

  const deleteAll = async () => {
    const result = await clearUserData();
    announce(result.ok ? { kind: 'success', text: 'All your TMT Lens data was deleted from this browser.' } : { kind: 'error', text: result.error }, 'delete');
  };

  const isEmpty = data.imports.length === 0 && data.notes.length === 0 && !data.settings && data.setAside.length === 0;
  return (
    <>
      <p className="muted">A backup is one JSON file with your imports, notes, stars and highlighting settings. Restoring adds it to what is here; nothing is removed.</p>
      <p className="form-row">
        <button type="button" className="primary" onClick={() => void backUp()}>
          Download backup
        </button>
      </p>
      <RestoreBackup onDone={(next) => announce(next)} />
      {status.origin === 'backup' && <StatusMessage status={status.status} focusRef={statusRef} />}
      <h3>Delete all my data</h3>
      <p className="form-row">
        <ConfirmInline
          label="Delete all my data…"
          question={`This deletes ${summarize(data)} from this browser. Download a backup first if you may need them.`}
          confirmLabel="Delete everything"
          disabled={isEmpty}
          onConfirm={() => void deleteAll()}
        />
      </p>
      {status.origin === 'delete' && <StatusMessage status={status.status} focusRef={statusRef} />}
    </>
  );
}
