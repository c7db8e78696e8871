import { describe, expect, it } from 'vitest';
import { ChurnBackoff } from '../../../lib/page/churn-backoff';

/** A part rescanned every `every` ms from `from` to `to`, finding nothing; the times its rescans happened. */
function tick(backoff: ChurnBackoff<object>, key: object, from: number, to: number, every: number): number[] {
  const rescans: number[] = [];
  for (let now = from; now <= to; now += every) {
    if (backoff.waitUntil(key, now) > 0) continue;
    backoff.rescanned(key, false, now);
    rescans.push(now);
  }
  return rescans;
}

describe('ChurnBackoff', () => {
  it('rescans a part at once until it has changed four times in a second without a mention', () => {
    const backoff = new ChurnBackoff<object>();
    const clock = {};
    for (const now of [0, 50, 100]) {
      expect(backoff.waitUntil(clock, now)).toBe(0);
      backoff.rescanned(clock, false, now);
    }
    expect(backoff.waitUntil(clock, 150)).toBe(0);
    backoff.rescanned(clock, false, 150);
    expect(backoff.waitUntil(clock, 200)).toBe(1150);
    expect(backoff.waitUntil(clock, 1150)).toBe(0);
  });

  it('waits twice as long each time the part churns again, up to the longest wait', () => {
    const backoff = new ChurnBackoff<object>();
    const rescans = tick(backoff, {}, 0, 60_000, 50);
    // A 50 ms ticker over a minute: a few rescans every 8 s once the wait is longest, not 1,200.
    expect(rescans.length).toBeLessThan(50);
    const gaps = rescans.slice(1).map((at, index) => at - rescans[index]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(8000);
    expect(gaps.filter((gap) => gap >= 8000).length).toBeGreaterThan(3);
  });

  it('stops waiting when a rescan finds a mention', () => {
    const backoff = new ChurnBackoff<object>();
    const ticker = {};
    for (const now of [0, 50, 100, 150]) backoff.rescanned(ticker, false, now);
    expect(backoff.waitUntil(ticker, 200)).toBeGreaterThan(0);
    backoff.rescanned(ticker, true, 1200);
    expect(backoff.waitUntil(ticker, 1250)).toBe(0);
    for (const now of [1250, 1300, 1350]) backoff.rescanned(ticker, false, now);
    expect(backoff.waitUntil(ticker, 1400)).toBe(0);
  });

  it('leaves a part that changes a few times a second alone, and starts a quiet part again from the shortest wait', () => {
    const backoff = new ChurnBackoff<object>();
    const feed = {};
    expect(tick(backoff, feed, 0, 10_000, 400)).toHaveLength(26);
    const burst = {};
    tick(backoff, burst, 0, 20_000, 50);
    // Quiet for a minute, then a burst: the wait is a second again.
    for (const now of [80_000, 80_050, 80_100, 80_150]) backoff.rescanned(burst, false, now);
    expect(backoff.waitUntil(burst, 80_200)).toBe(81_150);
  });
});
