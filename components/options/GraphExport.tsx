/** Export the graph (all of it, what the user imported, or what they marked) as JSON, CSV or Markdown. */
import { useId, useState } from 'react';
import { indexGraph } from '../../lib/graph/graph-index';
import type { Graph } from '../../lib/graph/schema';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../../lib/import/export-files';
import { toExportRows } from '../../lib/import/export-rows';
import { EXPORT_SCOPES, scopeGraph, type ExportScope } from '../../lib/import/graph-scope';
import type { Note } from '../../lib/storage/schema';
import { downloadFile } from './download';
import { formatLabel } from './ExportButtons';
import { useT } from '../i18n/i18n-context';
import type { Translate } from '../../lib/i18n/translate';
import { StatusMessage, type Status } from './StatusMessage';

export function GraphExport({ graph, notes }: { graph: Graph; notes: readonly Note[] }) {
  const t = useT();
  const [scope, setScope] = useState<ExportScope>('all');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [status, setStatus] = useState<Status>(null);
  const formatId = useId();

  const download = () => {
    const part = scopeGraph(graph, scope, notes);
    const rows = toExportRows(indexGraph(part), { notes });
    if (rows.length === 0) {
      setStatus({ kind: 'error', text: t('export.nothing') });
      return;
    }
    const file = exportGraph(part, rows, format, { title: `${t('app.name')}: ${scopeLabel(t, scope)}`, fileStem: 'tmt-lens-graph', now: new Date().toISOString() });
    downloadFile(file);
    setStatus({ kind: 'success', text: t('export.saved', { file: file.fileName, count: t('count.entry', rows.length) }) });
  };

  return (
    <>
      <fieldset className="export-scope">
        <legend>{t('export.entries')}</legend>
        {EXPORT_SCOPES.map((value) => (
          <label key={value} className="radio">
            <input type="radio" name="export-scope" value={value} checked={scope === value} onChange={() => setScope(value)} /> {scopeLabel(t, value)}
          </label>
        ))}
      </fieldset>
      <p className="form-row">
        <label htmlFor={formatId}>{t('export.formatLabel')}</label>
        <select id={formatId} value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
          {EXPORT_FORMATS.map((value) => (
            <option key={value} value={value}>
              {value === 'json' ? t('export.format.jsonFull') : formatLabel(t, value)}
            </option>
          ))}
        </select>
        <button type="button" onClick={download}>
          {t('export.download')}
        </button>
      </p>
      <StatusMessage status={status} />
    </>
  );
}

function scopeLabel(t: Translate, scope: ExportScope): string {
  return scope === 'imported' ? t('export.scope.imported') : scope === 'marked' ? t('export.scope.marked') : t('export.scope.all');
}
