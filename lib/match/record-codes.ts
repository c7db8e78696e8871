/**
 * The `records` table of the compiled form (compiled-form.ts): per node where a key ends, in
 * node order, the key's records, each a header value and then what the header says follows.
 * Output lengths, first-record and first-id indices and output chains are not stored: the
 * loader knows them from its own passes (read-records.ts, decode-tree.ts, derive-links.ts).
 *
 * A header packs, from the lowest bit: the record's flags (automaton.ts, five bits); whether
 * another record of the same key follows (RECORD_MORE); whether an exact-string reference
 * follows (RECORD_HAS_EXACT); and, from bit RECORD_IDS_SHIFT up, the ids: 0 for one id, the next
 * new one, which needs no value of its own, or else one more than the number of id references
 * that follow. Most keys have one record with one id of their own, so most keys take one value:
 * reading the table is most of a large dictionary's load, and it is read once per page.
 *
 * Ids and exact strings are written as references into lists kept in order of first use: how
 * far back from the next new one the one meant is, so 0 for the next new one itself. Most ids
 * are new or were used a record or two earlier (an entry's variants).
 */

/** The flag bits of a header (all of FLAG_* in automaton.ts). */
export const RECORD_FLAG_MASK = 31;
export const RECORD_MORE = 32;
export const RECORD_HAS_EXACT = 64;
export const RECORD_IDS_SHIFT = 7;
/** The largest ids field a header can hold and stay a non-negative 32-bit integer. */
export const RECORD_MAX_IDS_FIELD = 2 ** (31 - RECORD_IDS_SHIFT) - 1;

/** Assigns indices in order of first use and writes references (see above). */
export class FirstUseList<T> {
  readonly items: T[] = [];
  private readonly indexOf = new Map<T, number>();

  ref(item: T): number {
    const index = this.indexOf.get(item);
    if (index !== undefined) return this.items.length - index;
    this.indexOf.set(item, this.items.length);
    this.items.push(item);
    return 0;
  }
}
