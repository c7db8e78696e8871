/**
 * Loading, after the records (read-records.ts): the `tree` table of the compiled form
 * (compiled-form.ts) becomes the node and edge tables, and each node where a key ends gets the
 * next output and sets its length. One step per node and per edge, a few hundred each for the
 * bundled dictionary; the 14,000 characters of the labels are not visited (see index-states.ts).
 *
 * `tree` holds counts only (count-list.ts). Checked on the way: every label non-empty, the labels used up exactly, a
 * key ending at every leaf and never at the root, and one output per such node.
 */
import { OUTPUT_LENGTH, OUTPUT_STRIDE } from './automaton';
import { invalidCompiled } from './invalid-compiled';

export interface DecodedTree {
  readonly firstEdge: Int32Array;
  readonly labelStart: Int32Array;
  readonly nodeOutput: Int32Array;
}

/** `outputs` holds keyCount outputs (from 1), whose lengths this fills in. */
export function decodeTree(tree: readonly number[], labelCount: number, outputs: Int32Array, keyCount: number): DecodedTree {
  // Every node takes one value and every edge one more, so the table bounds both counts.
  const bound = tree.length + 1;
  const firstEdge = new Int32Array(bound);
  const labelStart = new Int32Array(bound);
  const nodeOutput = new Int32Array(bound);
  const depth = new Int32Array(bound);
  let at = 0;
  let edges = 0;
  let labelAt = 0;
  let node = 0;
  let output = 0;
  // Edge e leads to node e + 1, so the nodes are 0 to the number of edges.
  for (; node <= edges; node++) {
    if (at >= tree.length) invalidCompiled('tree table too short');
    const value = tree[at++]!;
    const childCount = value >>> 1;
    firstEdge[node] = edges;
    if ((value & 1) !== 0) {
      if (node === 0) invalidCompiled('a key ends at the root');
      if (++output > keyCount) invalidCompiled('more keys than records');
      nodeOutput[node] = output;
      outputs[output * OUTPUT_STRIDE + OUTPUT_LENGTH] = depth[node]!;
    } else if (childCount === 0 && node !== 0) {
      invalidCompiled('a leaf where no key ends');
    }
    if (at + childCount > tree.length) invalidCompiled('tree table too short');
    for (let c = 0; c < childCount; c++) {
      const length = tree[at++]!;
      if (length === 0) invalidCompiled('an empty label');
      labelStart[edges] = labelAt;
      labelAt += length;
      edges++;
      depth[edges] = depth[node]! + length;
    }
    if (labelAt > labelCount) invalidCompiled('labels too short');
  }
  if (at !== tree.length) invalidCompiled('tree table too long');
  if (labelAt !== labelCount) invalidCompiled('labels too long');
  if (output !== keyCount) invalidCompiled('more records than keys');
  firstEdge[node] = edges;
  labelStart[edges] = labelAt;
  return {
    firstEdge: firstEdge.slice(0, node + 1),
    labelStart: labelStart.slice(0, edges + 1),
    nodeOutput: nodeOutput.slice(0, node),
  };
}
