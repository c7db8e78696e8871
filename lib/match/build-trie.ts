/**
 * Compile-time trie of the encoded keys with Aho–Corasick failure links. Uses Maps freely: this
 * runs once per dictionary (at build time, or in the browser for a few hundred user names), never
 * in the scan loop. Node 0 is the root.
 *
 * The failure links respect the start-boundary rule: a key that begins with a word character
 * never starts right after another word character. So a node's failure target is its longest
 * proper suffix that is in the trie AND starts at a word start within the node's string (after a
 * non-word character, or with a non-word first character). Most mid-word suffixes are thereby
 * never tracked, and the scanner can skip the rest of a word as soon as it is back at the root.
 */

export interface Trie {
  readonly nodeCount: number;
  /** Children of node n: firstChild[n], then nextSibling[...] until -1. */
  readonly firstChild: readonly number[];
  readonly nextSibling: readonly number[];
  /** Code of the edge into the node. */
  readonly label: readonly number[];
  readonly depth: readonly number[];
  /** Index of the key that ends at the node, or -1. */
  readonly terminal: readonly number[];
  readonly fail: Int32Array;
  /** Nodes in breadth-first order (root first), so a node's failure target comes before it. */
  readonly order: Int32Array;
}

/** Codes are below 2^16, so node * 2^16 + code is a unique, exact edge key. */
const EDGE_SHIFT = 0x10000;

/** `firstWordCode`: codes at or above it are word characters (see alphabet.ts). */
export function buildTrie(keys: readonly (readonly number[])[], firstWordCode: number): Trie {
  const edges = new Map<number, number>();
  const firstChild = [-1];
  const nextSibling = [-1];
  const label = [0];
  const depth = [0];
  const terminal = [-1];

  keys.forEach((codes, keyIndex) => {
    let node = 0;
    for (const code of codes) {
      const edge = node * EDGE_SHIFT + code;
      let child = edges.get(edge);
      if (child === undefined) {
        child = firstChild.length;
        edges.set(edge, child);
        firstChild.push(-1);
        nextSibling.push(firstChild[node]!);
        label.push(code);
        depth.push(depth[node]! + 1);
        terminal.push(-1);
        firstChild[node] = child;
      }
      node = child;
    }
    terminal[node] = keyIndex;
  });

  const nodeCount = firstChild.length;
  const fail = new Int32Array(nodeCount);
  const order = new Int32Array(nodeCount);
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const node = order[head++]!;
    for (let child = firstChild[node]!; child !== -1; child = nextSibling[child]!) {
      order[tail++] = child;
      if (node === 0) continue; // children of the root fail to the root
      const code = label[child]!;
      // Starting afresh at the child's character is allowed unless it is a word character
      // directly after another one.
      const rootAllowed = code < firstWordCode || label[node]! < firstWordCode;
      let f = fail[node]!;
      for (;;) {
        const next = f !== 0 || rootAllowed ? edges.get(f * EDGE_SHIFT + code) : undefined;
        if (next !== undefined) {
          fail[child] = next;
          break;
        }
        if (f === 0) break;
        f = fail[f]!;
      }
    }
  }
  return { nodeCount, firstChild, nextSibling, label, depth, terminal, fail, order };
}
