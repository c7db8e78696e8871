/**
 * Reads a newsletter the user imports, with the parser that builds the bundled graph, into an
 * import record ready to store. Never throws: every failure comes back as a sentence that says
 * what is wrong, and nothing is stored unless everything succeeded.
 */
import { buildGraph } from '../parse/build-graph';
import { readNewsletter } from '../parse/read-newsletter';
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

export type ImportReading =
  | { ok: true; record: ImportRecord; warnings: string[] }
  | { ok: false; error: string; warnings: string[] };

const NOTHING_IMPORTED = 'Nothing was imported.';

export function readImport({ text, fileName, now }: ImportInput): ImportReading {
  try {
    const read = readNewsletter(text);
    if (!read.ok) return failure(read.error);
    const id = importIdOf(read.text);
    const newsletter = newsletterIdOf(id);
    const result = buildGraph([{ id: newsletter, text: read.text }]);
    const unprefixed = (message: string) => message.replace(`${newsletter}: `, '');
    const warnings = [...new Set([...read.warnings, ...result.warnings.map(unprefixed)])];
    if (result.errors.length > 0) return failure(result.errors.map(unprefixed).join(' '), warnings);
    const issue = result.issues[0];
    const entries = result.graph.nodes.filter((node) => node.type !== 'topic').length;
    if (!issue || issue.items === 0 || entries === 0) {
      return failure('No regulations, authorities or cases were found in this text. Is it a China TMT newsletter?', warnings);
    }
    const record = importRecordSchema.safeParse({
      version: STORAGE_VERSION,
      id,
      title: issue.title,
      fileName,
      importedAt: now,
      text: read.text,
      items: issue.items,
      warnings,
      graph: result.graph,
    });
    if (!record.success) return failure(`The newsletter was read, but the result is not valid (${record.error.issues[0]?.message ?? 'unknown problem'}).`, warnings);
    return { ok: true, record: record.data, warnings };
  } catch (error) {
    // The parser is not supposed to throw; if it does, say so rather than leave the page stuck.
    return failure(`TMT Lens could not read this newsletter because of an internal error (${error instanceof Error ? error.message : String(error)}).`);
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

function failure(error: string, warnings: string[] = []): ImportReading {
  return { ok: false, error: `${error} ${NOTHING_IMPORTED}`, warnings };
}
