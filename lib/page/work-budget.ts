/**
 * A token bucket of milliseconds: work that follows the page's changes (mutations) may take at
 * most `perSecondMs` per second on average, in bursts of at most `burstMs`. A page that rewrites
 * itself without pause (a mutation storm) then gets a bounded share of its main thread taken,
 * whatever it does, instead of one frame budget per frame.
 */
export class WorkBudget {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecondMs: number,
    private readonly burstMs: number,
    now: number,
  ) {
    this.tokens = burstMs;
    this.last = now;
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.burstMs, this.tokens + ((now - this.last) * this.perSecondMs) / 1000);
    this.last = now;
  }

  /** Milliseconds of work allowed now (0 when the bucket is empty). */
  available(now: number): number {
    this.refill(now);
    return Math.max(0, this.tokens);
  }

  /** Records work done; the bucket may go negative, and the next work then waits longer. */
  spend(ms: number, now: number): void {
    this.refill(now);
    this.tokens -= ms;
  }

  /** How long until `ms` of work is allowed. */
  waitFor(ms: number, now: number): number {
    this.refill(now);
    const missing = Math.min(ms, this.burstMs) - this.tokens;
    return missing <= 0 ? 0 : Math.ceil((missing * 1000) / this.perSecondMs);
  }
}
