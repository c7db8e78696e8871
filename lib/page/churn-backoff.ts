/**
 * Parts of a page rewritten many times a second without holding a name (a clock, a ticker, a
 * counter) are not rescanned on every change. After `rescansPerSecond` rescans within a second
 * that found nothing, a part's changes wait: a second at first, twice as long each time it is
 * found churning again, up to `maxDelayMs`. A rescan that finds a mention ends the waiting, and
 * a part that has been quiet for a while starts again from the shortest wait. A name that
 * appears in such a part is painted late (by at most the wait), never missed: the changes made
 * while it waited are rescanned when the wait is over.
 */
interface Churn {
  windowStart: number;
  rescans: number;
  delayMs: number;
  until: number;
}

export class ChurnBackoff<Key extends object> {
  private churns = new WeakMap<Key, Churn>();

  constructor(
    private readonly rescansPerSecond = 4,
    private readonly firstDelayMs = 1000,
    private readonly maxDelayMs = 8000,
  ) {}

  /** Until when changes of `key` wait; 0 when they are rescanned at once. */
  waitUntil(key: Key, now: number): number {
    const churn = this.churns.get(key);
    return churn && now < churn.until ? churn.until : 0;
  }

  /** `key` was rescanned at `now`, and its block holds mentions (`found`) or not. */
  rescanned(key: Key, found: boolean, now: number): void {
    if (found) {
      this.churns.delete(key);
      return;
    }
    let churn = this.churns.get(key);
    if (!churn) {
      churn = { windowStart: now, rescans: 0, delayMs: this.firstDelayMs, until: 0 };
      this.churns.set(key, churn);
    }
    if (now - churn.windowStart > 1000) {
      if (now - churn.until > 2 * churn.delayMs) churn.delayMs = this.firstDelayMs;
      churn.windowStart = now;
      churn.rescans = 0;
    }
    churn.rescans++;
    if (churn.rescans < this.rescansPerSecond) return;
    churn.until = now + churn.delayMs;
    churn.delayMs = Math.min(churn.delayMs * 2, this.maxDelayMs);
    // The rescan after the wait starts a new count.
    churn.windowStart = churn.until;
    churn.rescans = 0;
  }
}
