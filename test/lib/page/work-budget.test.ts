import { describe, expect, it } from 'vitest';
import { WorkBudget } from '../../../lib/page/work-budget';

describe('WorkBudget', () => {
  it('allows a burst, then only the rate per second', () => {
    const budget = new WorkBudget(50, 20, 0);
    expect(budget.available(0)).toBe(20);
    budget.spend(20, 0);
    expect(budget.available(0)).toBe(0);
    // 50 ms per second refills 5 ms in 100 ms.
    expect(budget.available(100)).toBeCloseTo(5);
    expect(budget.available(10_000)).toBe(20);
  });

  it('bounds the work of any second, however often it is asked', () => {
    const budget = new WorkBudget(50, 20, 0);
    let done = 0;
    for (let now = 0; now <= 1000; now += 1) {
      const allowed = budget.available(now);
      if (allowed > 0) {
        budget.spend(allowed, now);
        done += allowed;
      }
    }
    expect(done).toBeLessThanOrEqual(20 + 50 + 1e-9);
    expect(done).toBeGreaterThan(60);
  });

  it('makes work that overran wait longer', () => {
    const budget = new WorkBudget(50, 20, 0);
    budget.spend(40, 0);
    expect(budget.available(0)).toBe(0);
    expect(budget.waitFor(10, 0)).toBe(600);
    expect(budget.waitFor(10, 600)).toBe(0);
  });
});
