/** Stretches of text already claimed by a mention, for overlap tests on long pages. */

export interface Span {
  start: number;
  end: number;
}

/**
 * Spans already taken, sorted by start, for overlap tests in logarithmic time: a long page has
 * thousands of mentions, and every candidate title is tested against them.
 */
export class TakenSpans {
  private starts: number[] = [];
  private ends: number[] = [];
  /** The furthest end among the spans up to each index. */
  private reach: number[] = [];

  constructor(spans: readonly Span[]) {
    // Mentions usually come in text order already: sort a copy only when they do not.
    const sorted = spans.every((span, index) => index === 0 || spans[index - 1]!.start <= span.start) ? spans : [...spans].sort((a, b) => a.start - b.start);
    for (const span of sorted) this.push(span);
  }

  private push(span: Span): void {
    this.starts.push(span.start);
    this.ends.push(span.end);
    this.reach.push(Math.max(span.end, this.reach[this.reach.length - 1] ?? -1));
  }

  /** Index of the last span starting before `offset`, or -1. */
  private lastBefore(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle]! < offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  overlaps(span: Span): boolean {
    const index = this.lastBefore(span.end);
    return index >= 0 && this.reach[index]! > span.start;
  }

  add(span: Span): void {
    const index = this.lastBefore(span.start) + 1;
    this.starts.splice(index, 0, span.start);
    this.ends.splice(index, 0, span.end);
    this.reach.splice(index, 0, 0);
    for (let i = index; i < this.reach.length; i++) this.reach[i] = Math.max(this.ends[i]!, i > 0 ? this.reach[i - 1]! : -1);
  }
}
