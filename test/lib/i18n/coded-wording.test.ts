import { describe, expect, it } from 'vitest';
import { BACKUP_ERROR_KEYS, IMPORT_ERROR_KEYS, PARSE_WARNING_KEYS, STORAGE_PROBLEM_KEYS, STORAGE_SUBJECT_KEYS, WRITE_ERROR_KEYS, wordCoded, wordStorageProblem } from '../../../components/i18n/coded-wording';
import { describeWriteError } from '../../../lib/ext/user-data-store';
import { coded, type CodedMessage } from '../../../lib/i18n/coded-message';
import { loadMessageTable } from '../../../lib/i18n/message-tables';
import { createTranslator, flattenMessages, placeholdersOf, type Translate } from '../../../lib/i18n/translate';
import { checkImportFile, decodeImportFile } from '../../../lib/import/decode-file';
import { readImport } from '../../../lib/import/read-import';
import { checksumOf, createBackup } from '../../../lib/storage/backup';
import { parseBackup } from '../../../lib/storage/parse-backup';
import { readStoredData } from '../../../lib/storage/read-stored-data';
import { STORAGE_VERSION } from '../../../lib/storage/versions';
import { NOW } from '../storage/fixtures';

const HTML_NEWSLETTER = `<html><body><h2>Legislative Developments</h2><p>1. CAC Issued the Measures for Security Assessment of Outbound Data Transfers</p><p>On 7 July 2022, the CAC issued the Measures.</p></body></html>`;

function importError(text: string): CodedMessage {
  const reading = readImport({ text, now: NOW });
  if (reading.ok) throw new Error('expected the import to fail');
  return reading.error;
}

function backupError(text: string): CodedMessage {
  const reading = parseBackup(text, { now: NOW });
  if (reading.ok) throw new Error('expected the backup to be refused');
  return reading.error;
}

function backupErrors(): CodedMessage[] {
  const backup = createBackup({ notes: [], imports: [], setAside: [] }, { now: NOW });
  const data = { notes: [{ entryId: 'x' }], imports: [], setAside: [] };
  return [
    backupError(''),
    backupError(backup.slice(0, 20)),
    backupError('PK\u0003\u0004'),
    backupError('[1, 2]'),
    backupError('{"nodes": [], "edges": []}'),
    backupError('{"format": "tmt-lens-backup", "data": {}}'),
    backupError(JSON.stringify({ format: 'tmt-lens-backup', version: STORAGE_VERSION + 1, data: {} })),
    backupError(JSON.stringify({ format: 'tmt-lens-backup', version: STORAGE_VERSION })),
    backupError(JSON.stringify({ format: 'tmt-lens-backup', version: STORAGE_VERSION, checksum: checksumOf({}), data })),
  ];
}

/** Stored data with every kind of problem reading it finds. */
function storageProblems() {
  const future = STORAGE_VERSION + 1;
  const snapshot = {
    highlightSettings: 'on please',
    notes: { version: STORAGE_VERSION, notes: [{ entryId: 1 }, { entryId: 2 }] },
    'import:future': { version: future, title: 'Future' },
    'import:broken': { version: STORAGE_VERSION, title: 'Broken' },
    'import:untitled': 'junk',
  };
  const notes = [{ notes: 'junk' }, { version: STORAGE_VERSION, notes: [{ entryId: 1 }] }, { version: STORAGE_VERSION }, { version: future, notes: [] }];
  return [
    ...readStoredData(snapshot, { now: NOW }).problems,
    ...notes.flatMap((value) => readStoredData({ notes: value }, { now: NOW }).problems),
    ...readStoredData({ 'setAside:other:x': 'not a record' }, { now: NOW }).problems,
  ];
}

/** One real message for every code lib/ produces, as lib/ produces it. */
function producedMessages(): Array<{ keys: Parameters<typeof wordCoded>[1]; message: CodedMessage }> {
  const htmlReading = readImport({ text: HTML_NEWSLETTER, now: NOW });
  if (!htmlReading.ok) throw new Error(htmlReading.error.message);
  const binary = decodeImportFile(new Uint8Array([0x50, 0x4b, 0x00, 0x03]), 'a.txt');
  if (binary.ok) throw new Error('expected binary data to be refused');
  const imports = [
    checkImportFile({ name: 'alert.pdf', size: 10 }),
    checkImportFile({ name: 'empty.txt', size: 0 }),
    checkImportFile({ name: 'huge.txt', size: 20_000_000 }),
    binary.error,
    importError('a'.repeat(5_000_001)),
    importError(''),
    importError('\u0000\u0001\u0002binary\u0003'.repeat(200)),
    importError('Too short.'),
    importError('This is a shopping list with apples, pears, bread, milk, butter and cheese for the weekend.'),
  ];
  return [
    ...imports.map((message) => ({ keys: IMPORT_ERROR_KEYS, message: message! })),
    ...htmlReading.warnings.map((message) => ({ keys: PARSE_WARNING_KEYS, message })),
    ...backupErrors().map((message) => ({ keys: BACKUP_ERROR_KEYS, message })),
    ...storageProblems().flatMap((problem) => [
      { keys: STORAGE_SUBJECT_KEYS, message: problem.subject },
      { keys: STORAGE_PROBLEM_KEYS, message: problem.reason },
    ]),
    // The other write errors need extension storage; test/lib/storage/user-data-store.test.ts produces them.
    ...[new Error('QUOTA_BYTES quota exceeded'), new Error('IO error: disk')].map((error) => ({ keys: WRITE_ERROR_KEYS, message: describeWriteError(error) })),
  ];
}

async function translator(language: 'en' | 'zh-CN'): Promise<Translate> {
  return createTranslator(await loadMessageTable(language));
}

describe('messages lib/ returns as codes', () => {
  it.each(['en', 'zh-CN'] as const)('have a message for every code in %s, using exactly the values the code carries', async (language) => {
    const table = flattenMessages(await loadMessageTable(language));
    for (const keys of [IMPORT_ERROR_KEYS, PARSE_WARNING_KEYS, BACKUP_ERROR_KEYS, WRITE_ERROR_KEYS, STORAGE_SUBJECT_KEYS, STORAGE_PROBLEM_KEYS]) {
      for (const [code, key] of Object.entries(keys)) {
        const message = table.get(key);
        expect(typeof message, `${code} → ${key}`).toBe('string');
      }
    }
    for (const { keys, message } of producedMessages()) {
      const key = Object.entries(keys).find(([code]) => code === message.code)?.[1];
      expect(key, message.code).toBeDefined();
      expect(placeholdersOf(table.get(key!) as string), message.code).toEqual(Object.keys(message.params ?? {}).map((name) => `{${name}}`).sort());
    }
  });

  it('covers every import error, parse warning and backup error code', () => {
    const produced = producedMessages();
    const codesFor = (keys: object) => new Set(produced.filter((entry) => entry.keys === keys).map(({ message }) => message.code));
    // parseFailed, invalidResult and internal need a parser fault to happen; their wording is checked above.
    const unreachable = new Set(['parseFailed', 'invalidResult', 'internal']);
    expect([...codesFor(IMPORT_ERROR_KEYS)].sort()).toEqual(Object.keys(IMPORT_ERROR_KEYS).filter((code) => !unreachable.has(code)).sort());
    expect([...codesFor(PARSE_WARNING_KEYS)].sort()).toEqual(Object.keys(PARSE_WARNING_KEYS).sort());
    expect([...codesFor(BACKUP_ERROR_KEYS)].sort()).toEqual(Object.keys(BACKUP_ERROR_KEYS).sort());
    expect([...codesFor(STORAGE_SUBJECT_KEYS)].sort()).toEqual(Object.keys(STORAGE_SUBJECT_KEYS).sort());
    // importWrongKey needs a valid import under another key; test/lib/storage/read-stored-data.test.ts makes one.
    expect([...codesFor(STORAGE_PROBLEM_KEYS)].sort()).toEqual(Object.keys(STORAGE_PROBLEM_KEYS).filter((code) => code !== 'importWrongKey').sort());
  });

  it('are worded in English exactly as lib/ writes them for logs', async () => {
    const t = await translator('en');
    for (const { keys, message } of producedMessages()) expect(wordCoded(t, keys, message)).toBe(message.message);
  });

  it('are worded in Chinese in a Chinese UI, with their values', async () => {
    const t = await translator('zh-CN');
    const [pdf, , huge] = producedMessages();
    expect(wordCoded(t, IMPORT_ERROR_KEYS, pdf!.message)).toBe('“alert.pdf”不是 .txt 或 .html 文件。如为 PDF 或 Word 文档，请复制其文本并粘贴到此处。');
    expect(wordCoded(t, IMPORT_ERROR_KEYS, huge!.message)).toBe('“huge.txt”大小为 20.0 MB；TMT Lens 可读取的简报最多为 500 万个字符。请将简报单独另存为纯文本，或粘贴其文本。');
    expect(wordCoded(t, IMPORT_ERROR_KEYS, importError(''))).toBe('简报为空。未导入任何内容。');
    expect(wordCoded(t, WRITE_ERROR_KEYS, describeWriteError(new Error('QUOTA_BYTES quota exceeded')))).toBe(
      '浏览器为 TMT Lens 提供的存储空间已满。请移除不再需要的导入，或下载备份后删除旧数据。没有做任何更改。',
    );
    expect(wordCoded(t, WRITE_ERROR_KEYS, coded('alreadyImported', 'This newsletter was already imported on 2025-03-01.', { date: '2025-03-01' }))).toBe('此简报已于 2025-03-01 导入。');
    const newer = backupError(JSON.stringify({ format: 'tmt-lens-backup', version: STORAGE_VERSION + 1, data: {} }));
    expect(wordCoded(t, BACKUP_ERROR_KEYS, newer)).toBe(`此备份由更新版本的 TMT Lens 创建（数据格式 ${STORAGE_VERSION + 1}；当前版本最高可读取 ${STORAGE_VERSION}）。请先更新 TMT Lens，然后再恢复。没有做任何更改。`);
    for (const { keys, message } of producedMessages()) {
      const worded = wordCoded(t, keys, message);
      expect(worded, message.code).toMatch(/[\u4e00-\u9fff]/);
      expect(worded, message.code).not.toBe(message.message);
      expect(worded, message.code).not.toMatch(/\{[a-z]+\}/i);
    }
  });

  it('word stored-data problems, and that a value is kept aside, in both languages', async () => {
    const [settings] = readStoredData({ highlightSettings: 'on please' }, { now: NOW }).problems;
    const en = wordStorageProblem(await translator('en'), settings!);
    expect(en).toEqual({ subject: settings!.subject.message, text: settings!.message });
    expect(wordStorageProblem(await translator('zh-CN'), settings!)).toEqual({ subject: '高亮设置', text: '无法读取高亮设置。它已原样搁置，供您下载或删除。' });
    const legacy = { version: STORAGE_VERSION, from: 'notes', reason: 'Old English reason.', at: NOW, value: [] };
    const [old] = readStoredData({ 'setAside:notes:x': legacy }, { now: NOW }).problems;
    expect(wordStorageProblem(await translator('zh-CN'), old!)).toEqual({ subject: '您的笔记和星标', text: 'Old English reason.它已原样搁置，供您下载或删除。' });
  });

  it('show the English sentence when the code has no message (another version’s record, a warning passed on as text)', async () => {
    const t = await translator('zh-CN');
    expect(wordCoded(t, PARSE_WARNING_KEYS, coded('other', 'a.txt: something new happened', { text: 'a.txt: something new happened' }))).toBe('a.txt: something new happened');
    expect(wordCoded(t, IMPORT_ERROR_KEYS, coded('toString', 'Written by a later version.'))).toBe('Written by a later version.');
  });
});
