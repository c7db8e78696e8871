/**
 * Rows as Markdown: one table per type, ready to paste into a memo. Every cell is escaped, so a
 * name containing markup or Markdown syntax shows as the text it is and cannot break the table
 * or inject HTML into whatever renders the file.
 */
import type { NodeType } from '../graph/schema';
import type { ExportRow } from './export-rows';

const SECTIONS: Array<[NodeType, string]> = [
  ['document', 'Documents'],
  ['authority', 'Authorities'],
  ['case', 'Cases'],
  ['topic', 'Topics'],
];

export function toMarkdown(rows: readonly ExportRow[], { title, now }: { title: string; now: string }): string {
  const withMentions = rows.some((row) => row.mentions !== undefined);
  const withNotes = rows.some((row) => row.note || row.starred);
  const parts = [`# ${escapeMarkdown(title)}`, '', `Exported from TMT Lens on ${now.slice(0, 10)}: ${rows.length === 1 ? '1 entry' : `${rows.length} entries`}.`];
  for (const [type, heading] of SECTIONS) {
    const section = rows.filter((row) => row.type === type);
    if (section.length === 0) continue;
    const header = ['Name', 'Kind', 'Issued or decided by', 'Date', ...(withMentions ? ['Mentions'] : []), ...(withNotes ? ['Note'] : [])];
    parts.push('', `## ${heading}`, '', tableRow(header), tableRow(header.map(() => '---')));
    for (const row of section) {
      parts.push(
        tableRow([
          escapeMarkdown(row.name) + (row.status ? ` (${escapeMarkdown(row.status)})` : ''),
          escapeMarkdown(row.kind),
          escapeMarkdown(row.issuedBy.join(', ')),
          escapeMarkdown(row.date ?? ''),
          ...(withMentions ? [String(row.mentions ?? '')] : []),
          ...(withNotes ? [(row.starred ? '★ ' : '') + escapeMarkdown(row.note)] : []),
        ]),
      );
    }
  }
  return `${parts.join('\n')}\n`;
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Text that Markdown renders as itself, on one line (a table cell cannot hold a line break).
 * Only characters that mean something inside a table cell are escaped, so the raw file stays
 * readable: emphasis, code, links, strikethrough, cell borders, HTML tags and entities.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;');
}
