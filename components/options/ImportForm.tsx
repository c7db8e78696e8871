/** Where a newsletter comes in: pasted text, or a chosen .txt/.html file. */
import { useId } from 'react';
import { useT } from '../i18n/i18n-context';

interface ImportFormProps {
  busy: boolean;
  /** A preview of this text is shown below: the text stays in view, read-only, until it is confirmed or cancelled. */
  previewing?: boolean;
  /** The pasted text, kept by the panel so it survives a cancelled preview. */
  text: string;
  onTextChange: (text: string) => void;
  onText: (text: string) => void;
  onFile: (file: File) => void;
}

export function ImportForm({ busy, previewing = false, text, onTextChange, onText, onFile }: ImportFormProps) {
  const t = useT();
  const pasteId = useId();
  const fileId = useId();
  const hintId = useId();
  return (
    <form
      className="import-form"
      onSubmit={(event) => {
        event.preventDefault();
        onText(text);
      }}
    >
      <p id={hintId} className="muted">
        {t('importForm.hint')}
      </p>
      <label htmlFor={pasteId}>{t('importForm.paste')}</label>
      <textarea
        id={pasteId}
        aria-describedby={hintId}
        rows={8}
        value={text}
        readOnly={previewing}
        spellCheck={false}
        onChange={(event) => onTextChange(event.target.value)}
        placeholder={t('importForm.placeholder')}
      />
      <div className="form-row">
        <button type="submit" className="primary" disabled={busy || previewing}>
          {t('importForm.read')}
        </button>
        <span className="muted">{t('importForm.or')}</span>
        <label htmlFor={fileId} className="file-label">
          {t('importForm.file')}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".txt,.text,.html,.htm,.xhtml,text/plain,text/html"
          disabled={busy || previewing}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared at once, so choosing the same file again (after fixing it) reads it again.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
      </div>
    </form>
  );
}
