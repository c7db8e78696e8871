/** Export the graph (all of it, what the user imported, or what they marked) as JSON, CSV or Markdown. */
import { useId, useState } from 'react';
import { indexGraph } from '../../lib/graph/graph-index';
import type { Graph } from '../../lib/graph/schema';
import { EXPORT_FORMATS, exportGraph, FORMAT_LABELS, type ExportFormat } from '../../lib/import/export-files';
import { toExportRows } from '../../lib/import/export-rows';
import { EXPORT_SCOPES, SCOPE_LABELS, scopeGraph, type ExportScope } from '../../lib/import/graph-scope';
import type { Note } from '../../lib/storage/schema';
import { downloadFile } from './download';
import { plural } from './wording';
import { StatusMessage, type Status } from './StatusMessage';

export function GraphExport({ graph, notes }: { graph: Graph; notes: readonly Note[] }) {
  const [scope, setScope] = useState<ExportScope>('all');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [status, setStatus] = useState<Status>(null);
  const formatId = useId();

  const download = () => {
    const part = scopeGraph(graph, scope, notes);
    const rows = toExportRows(indexGraph(part), { notes });
    if (rows.length === 0) {
      setStatus({ kind: 'error', text: 'There is nothing to export in this selection.' });
      return;
    }
    const file = exportGraph(part, rows, format, { title: `TMT Lens: ${SCOPE_LABELS[scope].toLowerCase()}`, fileStem: 'tmt-lens-graph', now: new Date().toISOString() });
    downloadFile(file);
    setStatus({ kind: 'success', text: `Saved ${file.fileName} (${plural(rows.length, 'entry', 'entries')}).` });
  };

  return (
    <>
      <fieldset className="export-scope">
        <legend>Entries</legend>
        {EXPORT_SCOPES.map((value) => (
          <label key={value} className="radio">
            <input type="radio" name="export-scope" value={value} checked={scope === value} onChange={() => setScope(value)} /> {SCOPE_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <p className="form-row">
        <label htmlFor={formatId}>Format</label>
        <select id={formatId} value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
          {EXPORT_FORMATS.map((value) => (
            <option key={value} value={value}>
              {value === 'json' ? 'JSON (the graph, with every source)' : FORMAT_LABELS[value]}
            </option>
          ))}
        </select>
        <button type="button" onClick={download}>
          Download
        </button>
      </p>
      <StatusMessage status={status} />
    </>
  );
}
