/**
 * How the per-slot tables are written in the compiled form: as values that are small in the
 * common case, so they pack into one character each (see packed-ints.ts). Decoding runs forward
 * over the slots, and placement puts every child after its parent, so a state's parent is always
 * decoded before the state itself.
 *
 * - check: slot − parent, usually 1 since a name's states are laid out one after another.
 * - base: 0 for base 0 (leaves); otherwise base − slot + firstWordCode, shifted by one away from
 *   zero. For a state whose only child is a Latin letter right after it, that is near zero.
 * - fail: 0 when it is the Aho–Corasick prediction (the parent's failure target followed by the
 *   same character; right for more than half of all states), 1 for the root (most others), or
 *   the slot + 2.
 */

export function encodeBase(base: number, slot: number, firstWordCode: number): number {
  if (base === 0) return 0;
  const d = base - slot + firstWordCode;
  return d >= 0 ? d + 1 : d;
}

export function decodeBase(v: number, slot: number, firstWordCode: number): number {
  if (v === 0) return 0;
  return (v > 0 ? v - 1 : v) + slot - firstWordCode;
}

/**
 * The failure slot Aho–Corasick would try first for `slot`: the same character from the parent's
 * failure target. `baseOf` and `failOf` read already-decoded slots.
 */
export function predictFail(
  slot: number,
  parent: number,
  baseOf: (s: number) => number,
  failOf: (s: number) => number,
): number {
  if (parent <= 0) return 0;
  return baseOf(failOf(parent)) + (slot - baseOf(parent));
}

export function encodeFail(fail: number, predicted: number): number {
  if (fail === predicted) return 0;
  return fail === 0 ? 1 : fail + 2;
}

export function decodeFail(v: number, predicted: number): number {
  if (v === 0) return predicted;
  return v === 1 ? 0 : v - 2;
}
