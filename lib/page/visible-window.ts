/**
 * Which of a block's mentions are near the viewport, for blocks too long to register whole (a
 * 20 MB text node, a page whose text all sits in <body>). A block's mentions are in document
 * order, and in a block's normal flow document order goes down the page, so the mentions on
 * screen are those between the text positions at the screen's top and bottom edges, found by
 * binary search over tree order: no mention is measured (a range's rectangle deep in a 20 MB
 * text node took 1.3 s to compute in Chromium 156).
 */

/** The first index in [0, count) for which `isPast` holds, `isPast` being false then true; count if never. */
export function firstIndexWhere(count: number, isPast: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isPast(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

export interface IndexWindow {
  /** First index inside. */
  start: number;
  /** One past the last index inside. */
  end: number;
}

export const EMPTY_WINDOW: IndexWindow = { start: 0, end: 0 };

/**
 * The window to register around the mentions on screen, [start, end): as many again above and
 * below for each screen of margin, or part of one (at least `minimum` per screen, for a screen with few or no
 * mentions), capped at `limit` mentions in all.
 */
export function windowAround(start: number, end: number, count: number, screens: number, minimum: number, limit: number): IndexWindow {
  const pad = Math.ceil(Math.max(end - start, minimum) * screens);
  const from = Math.max(0, start - pad);
  const to = Math.min(count, end + pad, from + limit);
  return to > from ? { start: from, end: to } : EMPTY_WINDOW;
}
