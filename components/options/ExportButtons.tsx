/**
 * Download buttons for a list of entries in each export format. Shared: the side panel can put
 * one under its "On this page" list (rows from lib/import/export-rows.ts).
 */
import type { ExportRow } from '../../lib/import/export-rows';
import { EXPORT_FORMATS, exportEntries } from '../../lib/import/export-files';
import { useT } from '../i18n/i18n-context';
import type { Translate } from '../../lib/i18n/translate';
import { downloadFile } from './download';

interface ExportButtonsProps {
  /** Called on click, so rows are only built when the user asks. */
  rows: () => ExportRow[];
  /** Heading of the exported file, e.g. "On this page: example.com". */
  title: string;
  /** File name without date or extension. */
  fileStem: string;
  label?: string;
}

export function ExportButtons({ rows, title, fileStem, label: givenLabel }: ExportButtonsProps) {
  const t = useT();
  const label = givenLabel ?? t('export.label');
  return (
    <div className="export-buttons" role="group" aria-label={label}>
      <span className="muted">{label}:</span>
      {EXPORT_FORMATS.map((format) => (
        <button key={format} type="button" onClick={() => downloadFile(exportEntries(rows(), format, { title, fileStem, now: new Date().toISOString() }))}>
          {formatLabel(t, format)}
        </button>
      ))}
    </div>
  );
}

/** A file format's name in the UI's language ("CSV (spreadsheet)"). */
export function formatLabel(t: Translate, format: (typeof EXPORT_FORMATS)[number]): string {
  return format === 'csv' ? t('export.format.csv') : format === 'markdown' ? t('export.format.markdown') : t('export.format.json');
}
