/**
 * The `shape` table of the compiled form (compiled-form.ts) says where each state's children sit.
 * A "plain" state (one child, in the very next slot, no key ending there) is not written at all:
 * the table holds, per listed state, the number of plain states before it since the previous
 * listed one, then its code:
 *
 * - 0: no children. A key ends there, unless it is the root (an empty dictionary).
 * - otherwise 1 + (gap << 2 | several << 1 | terminal): the first child sits gap + 1 slots after
 *   the state; terminal says a key ends at the state; several says it has more than one child,
 *   and then one more value follows, the number of children minus two.
 *
 * The loader repeats the decoding inline (decode-shape.ts), since it runs once per state.
 */

export const SHAPE_LEAF = 0;
export const SHAPE_TERMINAL = 1;
export const SHAPE_SEVERAL = 2;
/** The gap is stored above the two flags. */
export const SHAPE_GAP_SHIFT = 2;

export interface StateShape {
  readonly childCount: number;
  /** Slots between the state and its first child, minus one (0 when it sits right after). */
  readonly gap: number;
  readonly terminal: boolean;
}

export function isPlain(shape: StateShape): boolean {
  return shape.childCount === 1 && shape.gap === 0 && !shape.terminal;
}

/** The values a listed state adds to the table (after its run of plain states). */
export function encodeShape({ childCount, gap, terminal }: StateShape): number[] {
  if (childCount === 0) return [SHAPE_LEAF];
  const several = childCount > 1;
  const code = 1 + ((gap << SHAPE_GAP_SHIFT) | (several ? SHAPE_SEVERAL : 0) | (terminal ? SHAPE_TERMINAL : 0));
  return several ? [code, childCount - 2] : [code];
}
