/**
 * Verified hits collected while scanning, before leftmost-longest selection. Parallel arrays keep
 * the per-hit cost to a few pushes; hits arrive ordered by end offset (per matcher).
 */
export class Candidates {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly flags: number[] = [];
  readonly ids: (readonly string[])[] = [];
  /** Occurrences of zh exclusion strings. */
  readonly exclusionStarts: number[] = [];
  readonly exclusionEnds: number[] = [];

  add(start: number, end: number, flags: number, ids: readonly string[]): void {
    this.starts.push(start);
    this.ends.push(end);
    this.flags.push(flags);
    this.ids.push(ids);
  }

  addExclusion(start: number, end: number): void {
    this.exclusionStarts.push(start);
    this.exclusionEnds.push(end);
  }
}
