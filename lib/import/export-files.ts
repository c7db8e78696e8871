/**
 * Export files ready to download: the graph (as graph JSON, or its entries as CSV or Markdown),
 * or a list of entries such as "On this page" (JSON, CSV or Markdown).
 */
import type { Graph } from '../graph/schema';
import { toCsv } from './export-csv';
import { toMarkdown } from './export-markdown';
import type { ExportRow } from './export-rows';

export const EXPORT_FORMATS = ['json', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_LABELS: Record<ExportFormat, string> = { json: 'JSON', csv: 'CSV (spreadsheet)', markdown: 'Markdown' };

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

interface ExportMeta {
  /** What the file holds, as a heading: "TMT Lens graph", "On this page: example.com". */
  title: string;
  /** File name without date or extension: "tmt-lens-graph". */
  fileStem: string;
  now: string;
}

const EXTENSIONS: Record<ExportFormat, [string, string]> = {
  json: ['json', 'application/json'],
  csv: ['csv', 'text/csv;charset=utf-8'],
  markdown: ['md', 'text/markdown;charset=utf-8'],
};

/** A list of entries; JSON carries the rows with a small header saying what they are. */
export function exportEntries(rows: readonly ExportRow[], format: ExportFormat, meta: ExportMeta): ExportFile {
  const content =
    format === 'csv'
      ? toCsv(rows)
      : format === 'markdown'
        ? toMarkdown(rows, meta)
        : `${JSON.stringify({ format: 'tmt-lens-entries', version: 1, title: meta.title, exportedAt: meta.now, entries: rows }, null, 2)}\n`;
  return fileOf(format, meta, content);
}

/** The graph: JSON is the graph itself (lib/graph/schema.ts), with every source; CSV and Markdown list its entries. */
export function exportGraph(graph: Graph, rows: readonly ExportRow[], format: ExportFormat, meta: ExportMeta): ExportFile {
  if (format !== 'json') return exportEntries(rows, format, meta);
  return fileOf(format, meta, `${JSON.stringify(graph, null, 1)}\n`);
}

function fileOf(format: ExportFormat, meta: ExportMeta, content: string): ExportFile {
  const [extension, mimeType] = EXTENSIONS[format];
  return { fileName: `${meta.fileStem}-${meta.now.slice(0, 10)}.${extension}`, mimeType, content };
}
