/**
 * Turns a chosen file into text, or says why it cannot: wrong kind of file, empty, too large,
 * or not text at all. Decoding is strict UTF-8 first, then the charset an HTML file declares,
 * then Windows-1252 (what older Western mail clients save), so accents and curly quotes survive.
 */
import { coded, type CodedMessage } from '../i18n/coded-message';
import { MAX_NEWSLETTER_CHARS } from '../parse/read-newsletter';

/** Plain text is at most 3 bytes a character in UTF-8: a larger file cannot be a readable newsletter. */
export const MAX_IMPORT_FILE_BYTES = MAX_NEWSLETTER_CHARS * 3;
const ACCEPTED = /\.(?:txt|text|html?|xhtml)$/i;

export interface FileFacts {
  name: string;
  size: number;
}

/** Why a chosen file cannot be imported; `file` is its name, `size` its size in words (formatBytes). */
export type FileErrorCode = 'fileType' | 'fileEmpty' | 'fileTooLarge' | 'fileBinary';
export type FileError = CodedMessage<FileErrorCode>;

/** A problem with the file that is clear before reading it, if any. */
export function checkImportFile({ name, size }: FileFacts): FileError | undefined {
  if (!ACCEPTED.test(name)) {
    return coded('fileType', `“${name}” is not a .txt or .html file. For a PDF or Word document, copy its text and paste it here instead.`, { file: name });
  }
  if (size === 0) return coded('fileEmpty', `“${name}” is empty.`, { file: name });
  if (size > MAX_IMPORT_FILE_BYTES) {
    const words = formatBytes(size);
    return coded('fileTooLarge', `“${name}” is ${words}; TMT Lens reads newsletters of up to 5 million characters. Save the newsletter alone as plain text, or paste its text.`, { file: name, size: words });
  }
  return undefined;
}

export type DecodedFile = { ok: true; text: string } | { ok: false; error: FileError };

export function decodeImportFile(bytes: Uint8Array, name: string): DecodedFile {
  if (looksBinary(bytes)) {
    return { ok: false, error: coded('fileBinary', `“${name}” is not text: it contains binary data. Choose a .txt or .html file, or paste the newsletter’s text.`, { file: name }) };
  }
  const bom = decodeByBom(bytes);
  if (bom !== undefined) return { ok: true, text: bom };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const declared = declaredCharset(bytes);
    if (declared && !/^(?:utf-?8|windows-1252|iso-8859-1|latin1|us-ascii)$/i.test(declared)) {
      try {
        return { ok: true, text: new TextDecoder(declared).decode(bytes) };
      } catch {
        // A label this browser does not know: Windows-1252 is the best remaining guess.
      }
    }
    return { ok: true, text: decodeWindows1252(bytes) };
  }
}

/** 0x80–0x9F in Windows-1252 (curly quotes, dashes, €); decoded by hand because some engines treat the label as Latin-1. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    codes[i] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte;
  }
  const chunks: string[] = [];
  for (let start = 0; start < codes.length; start += 8192) chunks.push(String.fromCharCode(...codes.subarray(start, start + 8192)));
  return chunks.join('');
}

function decodeByBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return undefined;
}

/** NUL bytes, or many control bytes, in the first 8 KB: text files (UTF-16 aside, see the BOM) have neither. */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control > sample.length * 0.01;
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return head.match(/<meta[^>]+charset=["']?([\w-]+)/i)?.[1];
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} bytes`;
}
