/**
 * Second stage of loading the state tables: the packed base and fail codes (slot-codecs.ts),
 * already unpacked into `nodes`, become slots, and everything the scan loop relies on is
 * checked on the way, since it trusts the tables completely: every transition target in range,
 * and every failure chain ending at the root (else the loop could spin forever on a corrupt
 * file). Two forward passes; this is most of the load time.
 *
 * The codecs are repeated inline rather than called, as in the scan loop, for speed.
 */
import { invalidCompiled } from './invalid-compiled';
import { NODE_BASE, NODE_CHECK, NODE_FAIL, NODE_SHIFT } from './matcher';

/** Non-zero when v is outside lo..hi, without branches (sign bits of the two differences). */
function outside(v: number, lo: number, hi: number): number {
  return ((v - lo) | (hi - v)) & 0x80000000;
}

/**
 * Pass 1: bases (all of them first, since a failure prediction may read a later slot's base),
 * parent ranges, and depths, which follow in slot order because placement puts every child after
 * its parent.
 */
function decodeBases(nodes: Int32Array, slotCount: number, firstWordCode: number, maxBase: number): Uint16Array {
  // Keys are at most MAX_KEY_LENGTH (expand-entry.ts) long, so depths fit in 16 bits.
  const depth = new Uint16Array(slotCount);
  let bad = 0;
  for (let s = 0; s < slotCount; s++) {
    const at = s << NODE_SHIFT;
    const v = nodes[at + NODE_BASE]!;
    const base = v === 0 ? 0 : (v > 0 ? v - 1 : v) + s - firstWordCode; // decodeBase
    nodes[at + NODE_BASE] = base;
    const parent = nodes[at + NODE_CHECK]!;
    bad |= outside(base, 0, maxBase) | outside(parent, -1, s - 1);
    if (parent >= 0) depth[s] = depth[parent]! + 1;
  }
  if (bad !== 0 || nodes[NODE_CHECK] !== -1) invalidCompiled('state value out of range');
  return depth;
}

/** Pass 2: failure links, in slot order so that the parent's is known; each must point upwards. */
function decodeFailures(nodes: Int32Array, slotCount: number, depth: Uint16Array): void {
  for (let s = 0; s < slotCount; s++) {
    const at = s << NODE_SHIFT;
    const parent = nodes[at + NODE_CHECK]!;
    const v = nodes[at + NODE_FAIL]!;
    let fail: number;
    if (v === 0) {
      // predictFail: the parent's failure target followed by the same character.
      const parentAt = parent << NODE_SHIFT;
      fail = parent <= 0 ? 0 : nodes[(nodes[parentAt + NODE_FAIL]! << NODE_SHIFT) + NODE_BASE]! + (s - nodes[parentAt + NODE_BASE]!);
    } else {
      fail = v === 1 ? 0 : v - 2; // decodeFail
    }
    nodes[at + NODE_FAIL] = fail;
    if (fail === 0 || parent === -1) continue; // free slots are never states; their links are never read
    if (outside(fail, 1, slotCount - 1) !== 0 || nodes[(fail << NODE_SHIFT) + NODE_CHECK] === -1 || depth[fail]! >= depth[s]!) {
      invalidCompiled(`failure link of state ${s}`);
    }
  }
}

export function decodeSlots(nodes: Int32Array, slotCount: number, firstWordCode: number, maxCode: number): void {
  const tableSize = nodes.length >> NODE_SHIFT;
  if (slotCount < 1 || slotCount > tableSize) invalidCompiled('slot count');
  const depth = decodeBases(nodes, slotCount, firstWordCode, tableSize - 1 - maxCode);
  decodeFailures(nodes, slotCount, depth);
}
