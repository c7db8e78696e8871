/**
 * Verified hits collected while scanning, before leftmost-longest selection. Growable typed
 * arrays rather than arrays of numbers and id lists: adding a hit then never changes an
 * array's element kind, which made V8 throw away its optimised scan code several times during
 * a page's first scans. A hit stores its record and matcher; ids are looked up only for the
 * hits that are picked. Hits arrive ordered by end offset (per matcher).
 */
import type { Matcher } from './matcher';
import { idsOfRecord } from './record-ids';

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

export class Candidates {
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  flags = new Int32Array(64);
  records = new Int32Array(64);
  sources = new Int32Array(64);
  /** Occurrences of zh exclusion strings. */
  exclusionCount = 0;
  exclusionStarts = new Int32Array(16);
  exclusionEnds = new Int32Array(16);
  /**
   * Own spellings whose key was read but whose written form did not agree (start, end, checks):
   * a generated variant of another matcher at that span gives way to them, as it does in one
   * dictionary, where an own spelling with the same key drops the variant (collect-patterns.ts).
   */
  blockers: number[] = [];
  /** The matchers scanned, in order; a hit's source indexes this list. */
  readonly matchers: Matcher[] = [];

  /** Hits added from now on come from `matcher`. */
  beginMatcher(matcher: Matcher): void {
    this.matchers.push(matcher);
  }

  add(start: number, end: number, flags: number, record: number): void {
    const k = this.count;
    if (k === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.flags = grown(this.flags);
      this.records = grown(this.records);
      this.sources = grown(this.sources);
    }
    this.starts[k] = start;
    this.ends[k] = end;
    this.flags[k] = flags;
    this.records[k] = record;
    this.sources[k] = this.matchers.length - 1;
    this.count = k + 1;
  }

  addExclusion(start: number, end: number): void {
    const k = this.exclusionCount;
    if (k === this.exclusionStarts.length) {
      this.exclusionStarts = grown(this.exclusionStarts);
      this.exclusionEnds = grown(this.exclusionEnds);
    }
    this.exclusionStarts[k] = start;
    this.exclusionEnds[k] = end;
    this.exclusionCount = k + 1;
  }

  addBlocker(start: number, end: number, checks: number): void {
    this.blockers.push(start, end, checks);
  }

  /** The ids of hit k. */
  idsOf(k: number): readonly string[] {
    return idsOfRecord(this.matchers[this.sources[k]!]!, this.records[k]!);
  }
}
