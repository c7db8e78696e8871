/**
 * The integer lists of the compiled form (`tree`, `records` and the filter's) come straight from JSON.parse or
 * a message, so every value must be checked before the tables are built from it. Native builtins
 * check a whole list at once; the loops that read the lists then read plain numbers. Those loops
 * run once per page, cold, in V8's interpreter, where a check and a call per value cost a
 * dictionary of 10,000 names several milliseconds.
 */

/** The largest count the tables hold (they are Int32Arrays). */
const MAX_COUNT = 2 ** 31 - 1;
/** Values per Math.min/max call, far below the engine's limit on arguments. */
const CHUNK = 16_384;

/** Whether `values` is an array of integers from 0 to 2^31 − 1, with no holes. */
export function isCountList(values: unknown): values is number[] {
  if (!Array.isArray(values) || !values.every(Number.isInteger)) return false;
  for (let at = 0; at < values.length; at += CHUNK) {
    const part: number[] = values.slice(at, at + CHUNK);
    // every() skips holes; here a hole reads as undefined, which makes both NaN and fails.
    if (!(Math.min.apply(null, part) >= 0 && Math.max.apply(null, part) <= MAX_COUNT)) return false;
  }
  return true;
}
