import { describe, expect, it } from 'vitest';
import { retryRequest } from '../../lib/retry';

/** A request that fails (rejects or answers false) the given number of times, then succeeds. */
function flaky(failures: number, reject: boolean) {
  let calls = 0;
  const request = () => {
    calls++;
    if (calls <= failures) return reject ? Promise.reject(new Error('Receiving end does not exist')) : Promise.resolve(false);
    return Promise.resolve(true);
  };
  return { request, calls: () => calls };
}

describe('retryRequest', () => {
  it.each([true, false])('sends again after each wait until it succeeds (failures reject: %s)', async (reject) => {
    const waits: number[] = [];
    const { request, calls } = flaky(2, reject);
    const ok = await retryRequest(request, (answer) => answer, [250, 500, 1000], async (ms) => void waits.push(ms));
    expect(ok).toBe(true);
    expect(calls()).toBe(3);
    expect(waits).toEqual([250, 500]);
  });

  it('gives up after the last wait', async () => {
    const waits: number[] = [];
    const { request, calls } = flaky(10, true);
    expect(await retryRequest(request, (answer) => answer, [250, 500], async (ms) => void waits.push(ms))).toBe(false);
    expect(calls()).toBe(3);
    expect(waits).toEqual([250, 500]);
  });

  it('sends once when the first answer is a success', async () => {
    const { request, calls } = flaky(0, true);
    expect(await retryRequest(request, (answer) => answer, [250], async () => undefined)).toBe(true);
    expect(calls()).toBe(1);
  });
});
