import { describe, expect, it } from 'vitest';
import { checkImportFile, decodeImportFile, MAX_IMPORT_FILE_BYTES } from '../../../lib/import/decode-file';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('checking a chosen file before reading it', () => {
  it('accepts text and HTML files', () => {
    expect(checkImportFile({ name: 'March.TXT', size: 10 })).toBeUndefined();
    expect(checkImportFile({ name: 'alert.htm', size: 10 })).toBeUndefined();
    expect(checkImportFile({ name: 'alert.html', size: MAX_IMPORT_FILE_BYTES })).toBeUndefined();
  });

  it('says what is wrong with other files', () => {
    expect(checkImportFile({ name: 'alert.pdf', size: 10 })).toEqual({
      code: 'fileType',
      params: { file: 'alert.pdf' },
      message: '“alert.pdf” is not a .txt or .html file. For a PDF or Word document, copy its text and paste it here instead.',
    });
    expect(checkImportFile({ name: 'empty.txt', size: 0 })).toEqual({ code: 'fileEmpty', params: { file: 'empty.txt' }, message: '“empty.txt” is empty.' });
    expect(checkImportFile({ name: 'huge.txt', size: 20_000_000 })).toEqual({
      code: 'fileTooLarge',
      params: { file: 'huge.txt', size: '20.0 MB' },
      message: '“huge.txt” is 20.0 MB; TMT Lens reads newsletters of up to 5 million characters. Save the newsletter alone as plain text, or paste its text.',
    });
  });
});

describe('decoding a file', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const text = 'Data Security Law 数据安全法 “quoted”';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeImportFile(utf8, 'a.txt')).toEqual({ ok: true, text });
    expect(decodeImportFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'a.txt')).toEqual({ ok: true, text });
  });

  it('reads UTF-16 files that say so', () => {
    expect(decodeImportFile(bytes(0xff, 0xfe, 0x41, 0x00, 0x42, 0x00), 'a.txt')).toEqual({ ok: true, text: 'AB' });
  });

  it('falls back to the charset an HTML file declares, then to Windows-1252', () => {
    const gbk = bytes(...new TextEncoder().encode('<meta charset="gbk"><p>'), 0xca, 0xfd, 0xbe, 0xdd);
    expect(decodeImportFile(gbk, 'a.html')).toEqual({ ok: true, text: '<meta charset="gbk"><p>数据' });
    expect(decodeImportFile(bytes(0x93, 0x4c, 0x61, 0x77, 0x94), 'a.txt')).toEqual({ ok: true, text: '“Law”' });
  });

  it('refuses binary data', () => {
    const result = decodeImportFile(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), 'newsletter.txt');
    expect(result).toEqual({
      ok: false,
      error: { code: 'fileBinary', params: { file: 'newsletter.txt' }, message: '“newsletter.txt” is not text: it contains binary data. Choose a .txt or .html file, or paste the newsletter’s text.' },
    });
  });
});
