/**
 * Importing a newsletter, step by step: read (paste or file) → preview → confirm → saved.
 * Every failure says what is wrong, and nothing is stored until the user confirms.
 */
import { useRef, useState } from 'react';
import { addImport } from '../../lib/ext/user-data-store';
import { getMergedGraph } from '../../lib/ext/user-graph';
import { checkImportFile, decodeImportFile } from '../../lib/import/decode-file';
import { previewImport, type ImportPreview as Preview } from '../../lib/import/preview-import';
import { readImport, type ImportWarning } from '../../lib/import/read-import';
import type { ImportRecord } from '../../lib/storage/schema';
import { nextPaint } from './next-paint';
import { ImportForm } from './ImportForm';
import { ImportPreview } from './ImportPreview';
import { StatusMessage, type Status } from './StatusMessage';
import { formatDay } from './wording';
import { useI18n } from '../i18n/i18n-context';
import { IMPORT_ERROR_KEYS, WRITE_ERROR_KEYS, wordCoded } from '../i18n/coded-wording';

type Step =
  | { step: 'form'; status: Status }
  | { step: 'preview'; record: ImportRecord; preview: Preview; warnings: ImportWarning[]; saving: boolean; status: Status };

export function ImportPanel({ importedIds }: { importedIds: ReadonlyMap<string, string> }) {
  const { t, language } = useI18n();
  const [state, setState] = useState<Step>({ step: 'form', status: null });
  const [text, setText] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const busy = state.status?.kind === 'progress';

  const fail = (text: string) => {
    setState({ step: 'form', status: { kind: 'error', text } });
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const read = async (text: string, fileName?: string) => {
    setState({ step: 'form', status: { kind: 'progress', text: t('importPanel.reading') } });
    await nextPaint();
    const reading = readImport({ text, fileName, now: new Date().toISOString() });
    if (!reading.ok) return fail(wordCoded(t, IMPORT_ERROR_KEYS, reading.error));
    const importedAt = importedIds.get(reading.record.id);
    if (importedAt) return fail(t('importPanel.already', { date: formatDay(importedAt, language) }));
    try {
      const preview = previewImport(await getMergedGraph(), reading.record.graph);
      setState({ step: 'preview', record: reading.record, preview, warnings: reading.warnings, saving: false, status: null });
    } catch (error) {
      fail(t('importPanel.compareFailed', { error: error instanceof Error ? error.message : String(error) }));
    }
  };

  const readFile = async (file: File) => {
    const problem = checkImportFile(file);
    if (problem) return fail(wordCoded(t, IMPORT_ERROR_KEYS, problem));
    setState({ step: 'form', status: { kind: 'progress', text: t('importPanel.readingFile', { file: file.name }) } });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return fail(t('importPanel.openFailed', { file: file.name }));
    }
    const decoded = decodeImportFile(bytes, file.name);
    if (!decoded.ok) return fail(wordCoded(t, IMPORT_ERROR_KEYS, decoded.error));
    await read(decoded.text, file.name);
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, saving: true, status: { kind: 'progress', text: t('importPanel.importing') } });
    const result = await addImport(state.record);
    if (!result.ok) {
      setState({ ...state, saving: false, status: { kind: 'error', text: wordCoded(t, WRITE_ERROR_KEYS, result.error) } });
      return;
    }
    const { newEntries, mergedEntries } = state.preview;
    setText('');
    setState({
      step: 'form',
      status: {
        kind: 'success',
        text: t('importPanel.imported', { title: state.record.title, added: t('count.newEntry', newEntries.length), updated: t('count.entry', mergedEntries.length) }),
      },
    });
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  if (state.step === 'preview') {
    return (
      <>
        {/* The pasted text stays in view beside what it adds (a file's text is not shown: the box stays as it was). */}
        <ImportForm busy previewing text={text} onTextChange={setText} onText={() => undefined} onFile={() => undefined} />
        <ImportPreview
          record={state.record}
          preview={state.preview}
          warnings={state.warnings}
          busy={state.saving}
          onConfirm={() => void confirm()}
          onCancel={() => setState({ step: 'form', status: { kind: 'success', text: t('importPanel.cancelled') } })}
        />
        <StatusMessage status={state.status} focusRef={statusRef} />
      </>
    );
  }
  return (
    <>
      <ImportForm busy={busy} text={text} onTextChange={setText} onText={(pasted) => void read(pasted)} onFile={(file) => void readFile(file)} />
      <StatusMessage status={state.status} focusRef={statusRef} />
    </>
  );
}
