/**
 * Compile time: folded keys → radix tree in the layout of automaton.ts (nodes breadth first,
 * edge e leading to node e + 1, labels in edge order). Uses Maps freely: this runs once per
 * dictionary (at build time, or in the background for a user's few hundred names), never per page.
 */

export interface KeyTree {
  readonly labels: string;
  /** As in MatcherTables. */
  readonly firstEdge: Int32Array;
  readonly labelStart: Int32Array;
  /** Per node: index of the key that ends there, or -1. */
  readonly terminalKey: Int32Array;
  /** Per node: length of the folded text from the root to it. */
  readonly depth: Int32Array;
}

interface TrieNode {
  readonly children: Map<number, TrieNode>;
  key: number;
}

function newNode(): TrieNode {
  return { children: new Map(), key: -1 };
}

function buildCharTrie(keys: readonly string[]): TrieNode {
  const root = newNode();
  keys.forEach((key, index) => {
    if (key.length === 0) throw new Error('Cannot compile an empty key');
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.children.get(c);
      if (!child) {
        child = newNode();
        node.children.set(c, child);
      }
      node = child;
    }
    node.key = index;
  });
  return root;
}

export function buildKeyTree(keys: readonly string[]): KeyTree {
  const queue: TrieNode[] = [buildCharTrie(keys)];
  const firstEdge: number[] = [];
  const labelStart: number[] = [];
  const terminalKey: number[] = [];
  const depth: number[] = [0];
  const labels: string[] = [];
  let labelLength = 0;
  for (let n = 0; n < queue.length; n++) {
    const node = queue[n]!;
    firstEdge.push(labelStart.length);
    terminalKey.push(node.key);
    // Children in code-unit order, so the tree (and the compiled form) is deterministic.
    for (const c of [...node.children.keys()].sort((a, b) => a - b)) {
      let child = node.children.get(c)!;
      const label = [c];
      // Follow the chain while nothing branches or ends.
      while (child.key < 0 && child.children.size === 1) {
        const [next, grandchild] = child.children.entries().next().value!;
        label.push(next);
        child = grandchild;
      }
      labelStart.push(labelLength);
      // In slices, so a very long name cannot overflow the argument limit of fromCharCode.
      for (let i = 0; i < label.length; i += 4096) labels.push(String.fromCharCode(...label.slice(i, i + 4096)));
      labelLength += label.length;
      depth.push(depth[n]! + label.length);
      queue.push(child);
    }
  }
  firstEdge.push(labelStart.length);
  labelStart.push(labelLength);
  return {
    labels: labels.join(''),
    firstEdge: Int32Array.from(firstEdge),
    labelStart: Int32Array.from(labelStart),
    terminalKey: Int32Array.from(terminalKey),
    depth: Int32Array.from(depth),
  };
}
