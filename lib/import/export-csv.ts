/**
 * Rows as CSV (RFC 4180) for Excel and Numbers. A byte-order mark makes Excel read UTF-8, so
 * Chinese names survive; cells that a spreadsheet would run as a formula (=, +, -, @) are
 * prefixed with an apostrophe, since imported text is not trusted.
 */
import type { ExportRow } from './export-rows';

const COLUMNS: Array<[string, (row: ExportRow) => string | number | undefined]> = [
  ['Name', (row) => row.name],
  ['Type', (row) => row.typeLabel],
  ['Kind', (row) => row.kind],
  ['Status', (row) => row.status],
  ['Issued or decided by', (row) => row.issuedBy.join('; ')],
  ['Date', (row) => row.date],
  ['Effective', (row) => row.effective],
  ['Code or case number', (row) => row.code],
  ['Other names', (row) => row.otherNames.join('; ')],
  ['Mentions on page', (row) => row.mentions],
  ['Newsletters', (row) => row.newsletters.join('; ')],
  ['Imported', (row) => (row.imported ? 'yes' : '')],
  ['Starred', (row) => (row.starred ? 'yes' : '')],
  ['Note', (row) => row.note],
  ['TMT Lens id', (row) => row.id],
];

export function toCsv(rows: readonly ExportRow[]): string {
  const withMentions = rows.some((row) => row.mentions !== undefined);
  const columns = COLUMNS.filter(([title]) => withMentions || title !== 'Mentions on page');
  const lines = [columns.map(([title]) => cell(title)), ...rows.map((row) => columns.map(([, read]) => cell(read(row))))];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
