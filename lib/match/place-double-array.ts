/**
 * Lays the trie out as a double array: the child of slot s on code a is slot base[s] + a, valid
 * when check[base[s] + a] === s. That gives the scanner an O(1) transition with two typed-array
 * reads and no per-node objects. Each node gets the first base where all its child slots are
 * free (see placementOrder for the order); a union–find "next free slot" structure skips
 * occupied runs so placement stays near linear.
 */
import type { Trie } from './build-trie';

export interface DoubleArray {
  /** Slot of each trie node. */
  readonly slotOf: Int32Array;
  readonly base: Int32Array;
  /** Parent slot (always below the slot itself), or -1 for a free slot and the root's slot 0. */
  readonly check: Int32Array;
  /** Number of slots used (highest used slot + 1). */
  readonly slotCount: number;
}

class SlotAllocator {
  check = new Int32Array(1024).fill(-1);
  /** nextFree[i] === i when slot i is free, else a pointer towards a later free slot. */
  nextFree = Int32Array.from({ length: 1024 }, (_, i) => i);

  ensure(size: number): void {
    if (size <= this.check.length) return;
    let capacity = this.check.length;
    while (capacity < size) capacity *= 2;
    const check = new Int32Array(capacity).fill(-1);
    check.set(this.check);
    const nextFree = new Int32Array(capacity);
    nextFree.set(this.nextFree);
    for (let i = this.nextFree.length; i < capacity; i++) nextFree[i] = i;
    this.check = check;
    this.nextFree = nextFree;
  }

  /** Smallest free slot at or after `from`. */
  findFree(from: number): number {
    this.ensure(from + 1);
    let root = from;
    while (this.nextFree[root] !== root) {
      root = this.nextFree[root]!;
      this.ensure(root + 1);
    }
    for (let i = from; this.nextFree[i] !== root; ) {
      const next = this.nextFree[i]!;
      this.nextFree[i] = root;
      i = next;
    }
    return root;
  }

  isFree(slot: number): boolean {
    this.ensure(slot + 1);
    return this.check[slot] === -1;
  }

  take(slot: number, parent: number): void {
    this.ensure(slot + 2);
    this.check[slot] = parent;
    this.nextFree[slot] = slot + 1;
  }
}

function childCodes(trie: Trie, node: number): number[] {
  const codes: number[] = [];
  for (let child = trie.firstChild[node]!; child !== -1; child = trie.nextSibling[child]!) {
    codes.push(trie.label[child]!);
  }
  return codes.sort((a, b) => a - b);
}

/** Children always get slots after their parent's, which lets a loader compute depths in one pass. */
function findBase(slots: SlotAllocator, codes: readonly number[], parentSlot: number): number {
  const first = codes[0]!;
  for (let slot = slots.findFree(Math.max(first, parentSlot + 1)); ; slot = slots.findFree(slot + 1)) {
    const base = slot - first;
    let fits = true;
    for (let i = 1; i < codes.length && fits; i++) fits = slots.isFree(base + codes[i]!);
    if (fits) return base;
  }
}

/**
 * Placement order: breadth-first down to HOT_DEPTH, so the shallow states that every word of a
 * text passes through share a few cache lines, then depth-first below it, so each long name's
 * chain of states is contiguous.
 */
const HOT_DEPTH = 3;

function placementOrder(trie: Trie): number[] {
  const order: number[] = [];
  const deep: number[] = [];
  for (const node of trie.order) {
    const depth = trie.depth[node]!;
    if (depth < HOT_DEPTH) order.push(node);
    else if (depth === HOT_DEPTH) deep.push(node);
  }
  for (const top of deep) {
    const stack = [top];
    while (stack.length > 0) {
      const node = stack.pop()!;
      order.push(node);
      for (let child = trie.firstChild[node]!; child !== -1; child = trie.nextSibling[child]!) stack.push(child);
    }
  }
  return order;
}

export function placeDoubleArray(trie: Trie): DoubleArray {
  const slots = new SlotAllocator();
  slots.take(0, -2); // the root lives in slot 0; children never land there since codes are > 0
  const slotOf = new Int32Array(trie.nodeCount);
  const baseOfNode = new Int32Array(trie.nodeCount);
  let slotCount = 1;
  for (const node of placementOrder(trie)) {
    const codes = childCodes(trie, node);
    if (codes.length === 0) continue; // a leaf keeps base 0: check never names it as a parent
    const parentSlot = slotOf[node]!;
    const base = findBase(slots, codes, parentSlot);
    baseOfNode[node] = base;
    for (let child = trie.firstChild[node]!; child !== -1; child = trie.nextSibling[child]!) {
      const slot = base + trie.label[child]!;
      slots.take(slot, parentSlot);
      slotOf[child] = slot;
      if (slot + 1 > slotCount) slotCount = slot + 1;
    }
  }
  const base = new Int32Array(slotCount);
  for (let node = 0; node < trie.nodeCount; node++) base[slotOf[node]!] = baseOfNode[node]!;
  const check = slots.check.slice(0, slotCount);
  check[0] = -1;
  return { slotOf, base, check, slotCount };
}
