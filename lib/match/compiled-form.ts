/**
 * The serialised dictionary: plain JSON (strings and numbers), so it can ship as a JSON file in
 * the extension bundle or sit in extension storage. Integer tables are packed strings
 * (packed-ints.ts); the per-slot ones hold the small codes of slot-codecs.ts. Validated with
 * zod/mini on load, which checks the shape only; decode-compiled.ts checks the contents.
 *
 * A new layout must bump COMPILED_VERSION: loadDictionary rejects other versions, and the
 * extension should then recompile stored user dictionaries from their entries.
 */
import { z } from 'zod/mini';

export const COMPILED_FORMAT = 'tmt-lens-matcher';
export const COMPILED_VERSION = 1;

/** See packed-ints.ts. */
const packedIntsSchema = z.object({
  length: z.int().check(z.nonnegative()),
  data: z.string(),
});

export const compiledDictionarySchema = z.object({
  format: z.literal(COMPILED_FORMAT),
  version: z.literal(COMPILED_VERSION),
  alphabet: z.string(),
  slotCount: z.int().check(z.positive()),
  tableSize: z.int().check(z.positive()),
  /** Per slot: encodeBase (slot-codecs.ts). */
  base: packedIntsSchema,
  /** Per slot: slot − parent (−1 for a free slot gives slot + 1). */
  check: packedIntsSchema,
  /** Per slot: encodeFail (slot-codecs.ts). */
  fail: packedIntsSchema,
  /** Slots with a non-zero outHead, as gaps from the previous such slot (most states have none). */
  outSlotGaps: packedIntsSchema,
  outHeads: packedIntsSchema,
  outputs: packedIntsSchema,
  records: packedIntsSchema,
  idLists: packedIntsSchema,
  ids: z.array(z.string()),
  exact: z.array(z.string()),
});

export type CompiledDictionary = z.infer<typeof compiledDictionarySchema>;

/**
 * The schema without the id and exact-string lists, which can hold 10,000 strings: zod would
 * copy them on every load, so loading checks those two lists with a plain loop instead.
 */
export const compiledTablesSchema = z.omit(compiledDictionarySchema, { ids: true, exact: true });
