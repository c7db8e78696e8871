/**
 * Reads a newsletter the user imports, with the parser that builds the bundled graph, into an
 * import record ready to store. Never throws: every failure comes back as a code (with the English
 * sentence) that says what is wrong, and nothing is stored unless everything succeeded.
 */
import { coded, type CodedMessage, type MessageParams } from '../i18n/coded-message';
import { buildGraph } from '../parse/build-graph';
import { readNewsletter, type NewsletterErrorCode, type NewsletterWarningCode } from '../parse/read-newsletter';
import type { Graph } from '../graph/schema';
import { importRecordSchema, type ImportRecord } from '../storage/schema';
import { STORAGE_VERSION } from '../storage/versions';
import { importIdOf, newsletterIdOf } from './import-id';

export interface ImportInput {
  text: string;
  /** The file the text came from; absent when pasted. */
  fileName?: string;
  /** ISO time of the import. */
  now: string;
}

/** Why a newsletter was not imported: the reader's reasons, and the import's own. */
export type ImportErrorCode = NewsletterErrorCode | 'nothingFound' | 'parseFailed' | 'invalidResult' | 'internal';
export type ImportError = CodedMessage<ImportErrorCode>;
/** `other` carries a parser warning this code does not know, as English text (`text`). */
export type ImportWarning = CodedMessage<NewsletterWarningCode | 'other'>;

export type ImportReading =
  | { ok: true; record: ImportRecord; warnings: ImportWarning[] }
  | { ok: false; error: ImportError; warnings: ImportWarning[] };

const NOTHING_IMPORTED = 'Nothing was imported.';

export function readImport({ text, fileName, now }: ImportInput): ImportReading {
  try {
    const read = readNewsletter(text);
    if (!read.ok) return failure(read.error.code, read.error.message, read.error.params);
    const id = importIdOf(read.text);
    const newsletter = newsletterIdOf(id);
    const result = buildGraph([{ id: newsletter, text: read.text }]);
    const unprefixed = (message: string) => message.replace(`${newsletter}: `, '');
    // The graph builder reads the text again and repeats the reader's warnings as English
    // sentences: those are already here with their codes; any other is passed on as it is.
    const known = new Set(read.warnings.map((warning) => warning.message));
    const others = [...new Set(result.warnings.map(unprefixed))].filter((text) => !known.has(text));
    const warnings: ImportWarning[] = [...read.warnings, ...others.map((text) => coded('other', text, { text }))];
    if (result.errors.length > 0) {
      const detail = result.errors.map(unprefixed).join(' ');
      return failure('parseFailed', `The newsletter could not be read (${detail}).`, { detail }, warnings);
    }
    const issue = result.issues[0];
    const entries = result.graph.nodes.filter((node) => node.type !== 'topic').length;
    if (!issue || issue.items === 0 || entries === 0) {
      return failure('nothingFound', 'No regulations, authorities or cases were found in this text. Is it a China TMT newsletter?', undefined, warnings);
    }
    const record = importRecordSchema.safeParse({
      version: STORAGE_VERSION,
      id,
      title: issue.title,
      fileName,
      importedAt: now,
      text: read.text,
      items: issue.items,
      // Stored in English: the record keeps what the parser said; the preview words the codes.
      warnings: warnings.map((warning) => warning.message),
      graph: result.graph,
    });
    if (!record.success) {
      const detail = record.error.issues[0]?.message ?? 'unknown problem';
      return failure('invalidResult', `The newsletter was read, but the result is not valid (${detail}).`, { detail }, warnings);
    }
    return { ok: true, record: record.data, warnings };
  } catch (error) {
    // The parser is not supposed to throw; if it does, say so rather than leave the page stuck.
    const detail = error instanceof Error ? error.message : String(error);
    return failure('internal', `TMT Lens could not read this newsletter because of an internal error (${detail}).`, { detail });
  }
}

/** The graph of an import's text, read again (for a stored import whose graph no longer validates). */
export function rebuildImportGraph({ id, text }: { id: string; text: string }): Graph | undefined {
  try {
    const result = buildGraph([{ id: newsletterIdOf(id), text }]);
    return result.errors.length === 0 && result.graph.nodes.length > 0 ? result.graph : undefined;
  } catch {
    return undefined;
  }
}

function failure(code: ImportErrorCode, reason: string, params?: MessageParams, warnings: ImportWarning[] = []): ImportReading {
  return { ok: false, error: coded(code, `${reason} ${NOTHING_IMPORTED}`, params), warnings };
}
