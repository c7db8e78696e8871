import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../lib/graph/graph-index';
import { toCsv } from '../../../lib/import/export-csv';
import { exportEntries, exportGraph } from '../../../lib/import/export-files';
import { escapeMarkdown, toMarkdown } from '../../../lib/import/export-markdown';
import { toExportRows } from '../../../lib/import/export-rows';
import { scopeGraph } from '../../../lib/import/graph-scope';
import { makeNote, NOW } from '../storage/fixtures';
import { BUNDLED, graph, node } from './graphs';

const index = indexGraph(BUNDLED);
const meta = { title: 'TMT Lens graph', fileStem: 'tmt-lens-graph', now: NOW };

describe('export rows', () => {
  it('lists every entry but topics, documents first, with issuers, dates and the user’s notes', () => {
    const rows = toExportRows(index, { notes: [makeNote({ starred: true })] });
    expect(rows.map((row) => row.name)).toEqual(['Data Security Law', 'Measures for X', 'Measures for X (Draft for Comment)', 'Cyberspace Administration of China']);
    expect(rows[0]).toEqual({
      id: 'document:data-security-law',
      type: 'document',
      typeLabel: 'Document',
      name: 'Data Security Law',
      kind: 'Law',
      status: 'Final',
      otherNames: ['DSL', '数据安全法'],
      issuedBy: ['Cyberspace Administration of China'],
      date: '2021-06-10',
      effective: undefined,
      code: undefined,
      mentions: undefined,
      newsletters: ['Issue of seed.txt'],
      imported: false,
      starred: true,
      note: 'Check Art. 21 for the data classification duty.',
    });
  });

  it('follows the order and counts of an "On this page" list', () => {
    const rows = toExportRows(index, { ids: ['authority:cac', 'document:data-security-law', 'document:gone'], counts: { 'authority:cac': 3, 'document:data-security-law': 1 } });
    expect(rows.map((row) => [row.id, row.mentions])).toEqual([
      ['authority:cac', 3],
      ['document:data-security-law', 1],
    ]);
  });
});

describe('CSV', () => {
  it('has a BOM for Excel, quotes what needs quoting, and defuses formulas', () => {
    const hostile = indexGraph(graph([node({ id: 'document:x', name: '=HYPERLINK("http://evil","Click")', aliases: ['A, "quoted"\nname'] })]));
    const csv = toCsv(toExportRows(hostile, { notes: [makeNote({ entryId: 'document:x', text: '@SUM(1)' })] }));
    expect(csv.startsWith('\uFEFFName,Type,Kind,Status,')).toBe(true);
    const [, line] = csv.slice(1).split('\r\n');
    expect(line).toBe(`"'=HYPERLINK(""http://evil"",""Click"")",Document,Law,Final,,,,,"A, ""quoted""\nname",Issue of seed.txt,,,'@SUM(1),document:x`);
  });

  it('adds a mentions column only for page lists', () => {
    expect(toCsv(toExportRows(index))).not.toContain('Mentions on page');
    expect(toCsv(toExportRows(index, { ids: ['authority:cac'], counts: { 'authority:cac': 2 } }))).toContain('Mentions on page');
  });
});

describe('Markdown', () => {
  it('makes one table per type', () => {
    const markdown = toMarkdown(toExportRows(index), { title: 'TMT Lens graph', now: NOW });
    expect(markdown).toBe(
      [
        '# TMT Lens graph',
        '',
        'Exported from TMT Lens on 2025-03-01: 4 entries.',
        '',
        '## Documents',
        '',
        '| Name | Kind | Issued or decided by | Date |',
        '| --- | --- | --- | --- |',
        '| Data Security Law (Final) | Law | Cyberspace Administration of China | 2021-06-10 |',
        '| Measures for X (Final) | Law |  |  |',
        '| Measures for X (Draft for Comment) (Draft for comment) | Law |  |  |',
        '',
        '## Authorities',
        '',
        '| Name | Kind | Issued or decided by | Date |',
        '| --- | --- | --- | --- |',
        '| Cyberspace Administration of China | Regulator |  |  |',
        '',
      ].join('\n'),
    );
  });

  it('renders names containing markup or Markdown syntax as the text they are', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> *bold* | [link](x) `code` ~~s~~ &amp;\nnext')).toBe(
      '&lt;img src=x onerror=alert(1)> \\*bold\\* \\| \\[link\\](x) \\`code\\` \\~\\~s\\~\\~ &amp;amp; next',
    );
  });
});

describe('export files', () => {
  it('exports the graph itself as JSON, and its entries as CSV or Markdown', () => {
    const rows = toExportRows(index);
    const json = exportGraph(BUNDLED, rows, 'json', meta);
    expect(json).toMatchObject({ fileName: 'tmt-lens-graph-2025-03-01.json', mimeType: 'application/json' });
    expect(JSON.parse(json.content)).toEqual(BUNDLED);
    expect(exportGraph(BUNDLED, rows, 'csv', meta).fileName).toBe('tmt-lens-graph-2025-03-01.csv');
    expect(exportGraph(BUNDLED, rows, 'markdown', meta).fileName).toBe('tmt-lens-graph-2025-03-01.md');
  });

  it('exports a list as JSON that says what it is', () => {
    const rows = toExportRows(index, { ids: ['authority:cac'], counts: { 'authority:cac': 2 } });
    const file = exportEntries(rows, 'json', { title: 'On this page: example.com', fileStem: 'tmt-lens-on-this-page', now: NOW });
    expect(JSON.parse(file.content)).toEqual({ format: 'tmt-lens-entries', version: 1, title: 'On this page: example.com', exportedAt: NOW, entries: JSON.parse(JSON.stringify(rows)) });
  });
});

describe('export scope', () => {
  const imported = graph([node({ id: 'document:new', name: 'New Rules' }, 'import:0123456789abcd'), ...BUNDLED.nodes], BUNDLED.edges);

  it('keeps every entry, the imported ones, or the marked ones, with the edges between them', () => {
    expect(scopeGraph(imported, 'all', [])).toBe(imported);
    expect(scopeGraph(imported, 'imported', []).nodes.map((n) => n.id)).toEqual(['document:new']);
    const marked = scopeGraph(imported, 'marked', [makeNote(), makeNote({ entryId: 'authority:cac' })]);
    expect(marked.nodes.map((n) => n.id)).toEqual(['authority:cac', 'document:data-security-law']);
    expect(marked.edges.map((e) => e.type)).toEqual(['issued_by']);
  });
});
