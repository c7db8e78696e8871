/**
 * The serialised dictionary: plain JSON (strings and numbers), so it can ship in the extension
 * bundle or travel in a message. It holds the radix tree of automaton.ts and each key's records;
 * everything else follows from those, in a pass over the nodes at load (decode-tree.ts), and
 * per state on first use (derive-links.ts). Validated with zod/mini on load, which checks the
 * shape only; the decoder checks the contents.
 *
 * - `labels`: the edge labels, in edge order (the alphabet's own characters, and " " for
 *   whitespace): names read as text.
 * - `tree` (packed-ints.ts): per node, in order, its child count times two plus one if a key
 *   ends there, then the label length of each of its edges.
 * - `records`: per node where a key ends, in order, the key's records (see record-codes.ts).
 *   `ids` and `exact` are listed in the order those records first use them.
 *
 * A new layout must bump COMPILED_VERSION: loadDictionary rejects other versions.
 */
import { z } from 'zod/mini';

export const COMPILED_FORMAT = 'tmt-lens-matcher';
export const COMPILED_VERSION = 3;

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
  labels: z.string(),
  tree: packedIntsSchema,
  records: packedIntsSchema,
};

export const compiledDictionarySchema = z.object({ ...compiledTablesShape, ids: z.array(z.string()), exact: z.array(z.string()) });

export type CompiledDictionary = z.infer<typeof compiledDictionarySchema>;

/**
 * The schema without the id and exact-string lists, which can hold 10,000 strings: zod would
 * copy them on every load, so loading checks those two lists with a plain loop instead.
 */
export const compiledTablesSchema = z.object(compiledTablesShape);
