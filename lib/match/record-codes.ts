/**
 * The `records` table of the compiled form (compiled-form.ts): per node where a key ends, in
 * node order, the number of records minus one, then per record its flags, its exact string, its
 * id count and its ids. Output lengths, first-record and first-id indices and output chains are
 * not stored: the loader knows them from its own passes (read-records.ts, decode-tree.ts, derive-links.ts).
 *
 * Ids and exact strings are written as references into lists kept in order of first use: how
 * far back from the next new one the one meant is, so 0 for the next new one itself. Most ids
 * are new or were used a record or two earlier (an entry's variants), so each costs one
 * character. An exact string is one more than its reference, 0 meaning none.
 */

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
