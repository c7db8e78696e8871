/**
 * The serialised dictionary: plain JSON (strings and numbers), so it can ship in the extension
 * bundle or travel in a message. It holds the radix tree of automaton.ts and each key's records;
 * everything else follows from those, in a pass over the nodes at load (decode-tree.ts), and
 * per state on first use (derive-links.ts). A form that arrives as a message is validated with
 * compiledDictionaryShape (lib/messages.ts, which holds its ids to the entry id pattern too);
 * the decoder checks the header itself, the integer lists in bulk (count-list.ts) and their
 * structure as it reads them.
 * The integer lists are JSON arrays rather than a packed string: JSON.parse reads them natively,
 * where unpacking a string cost a fresh page 1–3 ms, for about 4 KB more.
 *
 * - `labels`: the edge labels, in edge order (the alphabet's own characters, and " " for
 *   whitespace): names read as text.
 * - `tree`: per node, in order, its child count times two plus one if a key ends there, then the
 *   label length of each of its edges.
 * - `records`: per node where a key ends, in order, the key's records (see record-codes.ts).
 *   `ids` and `exact` are listed in the order those records first use them.
 * - `wordStarts`, `wordNexts`, `openStarts`: the word-start filter (filter-codes.ts). It follows
 *   from the tree too, but deriving it cost every page more than reading it.
 *
 * A new layout must bump COMPILED_VERSION: loadDictionary rejects other versions.
 */
import { z } from 'zod/mini';
import { isCountList } from './count-list';

export const COMPILED_FORMAT = 'tmt-lens-matcher';
export const COMPILED_VERSION = 5;

/**
 * The integer lists (`tree`, `records` and the filter's), checked in bulk by native builtins
 * (count-list.ts): a schema per item made zod check a user dictionary of 10,000 names for
 * 30–45 ms in every page.
 */
const compiledIntList = z.custom<number[]>(isCountList, 'expected a list of integers from 0 to 2^31 - 1');

/** The schema's shape, for schemas that check more (lib/messages.ts); spreading it costs the content script less zod than extending the schema. */
export const compiledDictionaryShape = {
  format: z.literal(COMPILED_FORMAT),
  version: z.literal(COMPILED_VERSION),
  alphabet: z.string(),
  /** Optional: pairs "TSTS…" of characters a text may write for the alphabet's (code-table.ts). */
  variantChars: z.optional(z.string()),
  labels: z.string(),
  tree: compiledIntList,
  records: compiledIntList,
  ids: z.array(z.string()),
  exact: z.array(z.string()),
  wordStarts: compiledIntList,
  wordNexts: compiledIntList,
  openStarts: compiledIntList,
};

export const compiledDictionarySchema = z.object(compiledDictionaryShape);

export type CompiledDictionary = z.infer<typeof compiledDictionarySchema>;
