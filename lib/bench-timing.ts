/**
 * The performance marks and measures named `tmt-lens:*`, which `npm run bench` reads. A web page
 * sees every entry of its document's performance timeline (a PerformanceObserver receives them
 * all, whatever world made them), so entries made by the content script would tell any page that
 * TMT Lens runs. Only bench builds make them: TMT_BENCH=1 at build time (wxt.config.ts) sets
 * the flag, and in any other build it is the constant false, so the calls are dropped.
 */
export const BENCH_BUILD: boolean = import.meta.env.TMT_BENCH === true;

export function benchMeasure(name: string, options: PerformanceMeasureOptions): void {
  if (BENCH_BUILD) performance.measure(name, options);
}

export function benchMark(name: string, options?: PerformanceMarkOptions): void {
  if (BENCH_BUILD) performance.mark(name, options);
}
