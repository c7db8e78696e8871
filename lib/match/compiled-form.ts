/**
 * The serialised dictionary: plain JSON (strings and numbers), so it can ship in the extension
 * bundle or travel in a message. It holds only what cannot be recomputed cheaply at load: the
 * double array's shape (which slot each state's children occupy, with their characters) and
 * each key's records. Check entries, failure links, output chains and output lengths follow
 * from those: in a linear pass at load (decode-shape.ts), and per state on first use
 * (derive-links.ts). Validated with zod/mini on load, which checks the shape only; the decoder
 * checks the contents.
 *
 * States are listed in slot order; placement puts every child after its parent (see
 * place-double-array.ts). Per state:
 * - its children's characters, in code order, appended to `labels` (the alphabet's own
 *   characters, and " " for whitespace): names read as text, one character per state;
 * - in `shape` (packed-ints.ts): nothing for a "plain" state, one whose only child sits in the
 *   very next slot and where no key ends, which is most states of a long name; otherwise the
 *   number of plain states since the last listed one, then the code of shape-codes.ts.
 *
 * `records`: per state where a key ends, in slot order, the key's records (see record-codes.ts).
 * `ids` and `exact` are listed in the order those records first use them.
 *
 * A new layout must bump COMPILED_VERSION: loadDictionary rejects other versions.
 */
import { z } from 'zod/mini';

export const COMPILED_FORMAT = 'tmt-lens-matcher';
export const COMPILED_VERSION = 2;

/** See packed-ints.ts. */
const packedIntsSchema = z.object({
  length: z.int().check(z.nonnegative()),
  data: z.string(),
});

/** Everything but the id and exact-string lists (see compiledTablesSchema). */
export const compiledTablesShape = {
  format: z.literal(COMPILED_FORMAT),
  version: z.literal(COMPILED_VERSION),
  alphabet: z.string(),
  slotCount: z.int().check(z.positive()),
  /** Slots the loader allocates: every base plus any code stays inside (see automaton.ts). */
  tableSize: z.int().check(z.positive()),
  shape: packedIntsSchema,
  labels: z.string(),
  records: packedIntsSchema,
};

export const compiledDictionarySchema = z.object({ ...compiledTablesShape, ids: z.array(z.string()), exact: z.array(z.string()) });

export type CompiledDictionary = z.infer<typeof compiledDictionarySchema>;

/**
 * The schema without the id and exact-string lists, which can hold 10,000 strings: zod would
 * copy them on every load, so loading checks those two lists with a plain loop instead.
 */
export const compiledTablesSchema = z.object(compiledTablesShape);
