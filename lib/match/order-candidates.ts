/**
 * Orders hits by start ascending, then end descending (longest first), then own spellings before
 * generated variants. Hits arrive ordered by end, which is nearly this order: only overlapping
 * hits are out of place, so an insertion sort is linear in practice. A pathological input falls
 * back to the built-in sort once the insertion sort has done too much shifting.
 */
import { FLAG_GENERATED } from './automaton';
import type { Candidates } from './candidates';

function compare(c: Candidates, a: number, b: number): number {
  return (
    c.starts[a]! - c.starts[b]! ||
    c.ends[b]! - c.ends[a]! ||
    (c.flags[a]! & FLAG_GENERATED) - (c.flags[b]! & FLAG_GENERATED)
  );
}

export function orderCandidates(c: Candidates): Int32Array {
  const count = c.count;
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  let budget = 16 * count + 1024;
  for (let i = 1; i < count; i++) {
    const item = order[i]!;
    let j = i - 1;
    while (j >= 0 && compare(c, order[j]!, item) > 0) {
      order[j + 1] = order[j]!;
      j--;
      if (--budget === 0) return order.sort((a, b) => compare(c, a, b));
    }
    order[j + 1] = item;
  }
  return order;
}

/** Exclusion occurrences sorted by start, as parallel arrays. */
export function orderExclusions(c: Candidates): { starts: Int32Array; ends: Int32Array } {
  const count = c.exclusionCount;
  const idx = Array.from({ length: count }, (_, i) => i).sort((a, b) => c.exclusionStarts[a]! - c.exclusionStarts[b]!);
  return {
    starts: Int32Array.from(idx, (i) => c.exclusionStarts[i]!),
    ends: Int32Array.from(idx, (i) => c.exclusionEnds[i]!),
  };
}
