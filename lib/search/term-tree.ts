/**
 * The index's term tree, serialized as the tree it is. MiniSearch serializes its radix
 * tree as a flat list of terms and, on load, inserts them one by one, each insertion
 * scanning the children of every node on its path: that was half of the popup's index
 * load (20 of ~40 ms for the bundled index, measured cold). Stored as nested arrays, the
 * tree is rebuilt with one Map per node and no search at all. Postings are flat number
 * arrays, so no object keys are parsed back into numbers either.
 *
 * Relies on MiniSearch 7.2's radix tree layout (see index-internals.ts); when that is not
 * there, restoreTermTree reports false and the caller loads the flat list the usual way.
 */
import type MiniSearch from 'minisearch';
import { internalsOf, type FieldPostings, type IndexInternals } from './index-internals';
import type { SearchDocument } from './search-documents';

/** [fieldId, docId, frequency, docId, frequency, ...] */
type SerializedPostings = number[];
/** A node: its children by edge label; the label '' holds the postings of the term ending here. */
export type SerializedTermTree = Array<[string, SerializedTermTree] | ['', SerializedPostings[]]>;

type RadixNode = Map<string, RadixNode | FieldPostings>;

/** MiniSearch's key for "a term ends here". */
const LEAF = '';

export function serializeTermTree(engine: MiniSearch<SearchDocument>): SerializedTermTree {
  const tree = (internalsOf(engine)?._index as { _tree?: RadixNode } | undefined)?._tree;
  if (!(tree instanceof Map)) throw new Error('TMT Lens: this minisearch version does not keep a radix tree in _index._tree');
  return serializeNode(tree);
}

function serializeNode(node: RadixNode): SerializedTermTree {
  return [...node].map(([label, child]) =>
    label === LEAF
      ? [LEAF, [...(child as FieldPostings)].map(([fieldId, postings]) => [fieldId, ...[...postings].flat()])]
      : [label, serializeNode(child as RadixNode)],
  );
}

/** Puts a serialized tree into a freshly loaded engine; false if the engine's layout is not the expected one. */
export function restoreTermTree(engine: MiniSearch<SearchDocument>, serialized: SerializedTermTree): boolean {
  const install = installerFor(engine);
  if (!install) return false;
  install(restoreNode(serialized));
  return true;
}

/**
 * As restoreTermTree, in slices of a few milliseconds with a yield to the event loop
 * between them (one subtree per first letter at a time), for indexes large enough that
 * restoring at once would make typing stutter.
 */
export async function restoreTermTreeAsync(
  engine: MiniSearch<SearchDocument>,
  serialized: SerializedTermTree,
  sliceMs = 8,
): Promise<boolean> {
  const install = installerFor(engine);
  if (!install) return false;
  const root: RadixNode = new Map();
  let sliceStart = Date.now();
  for (const [label, child] of serialized) {
    root.set(label, label === LEAF ? restorePostings(child as SerializedPostings[]) : restoreNode(child as SerializedTermTree));
    if (Date.now() - sliceStart >= sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = Date.now();
    }
  }
  install(root);
  return true;
}

/** Replaces the engine's term tree with a ready one, if the engine has the expected layout. */
function installerFor(engine: MiniSearch<SearchDocument>): ((tree: RadixNode) => void) | undefined {
  const internals = internalsOf(engine);
  const index = internals?._index as (IndexInternals['_index'] & { _tree?: unknown }) | undefined;
  if (!internals || !index || !(index._tree instanceof Map)) return undefined;
  // MiniSearch's SearchableMap, taken from the engine itself: its constructor accepts a ready tree.
  const SearchableMap = index.constructor as new (tree: RadixNode) => IndexInternals['_index'];
  return (tree) => {
    internals._index = new SearchableMap(tree);
  };
}

function restoreNode(serialized: SerializedTermTree): RadixNode {
  const node: RadixNode = new Map();
  for (const [label, child] of serialized) {
    node.set(label, label === LEAF ? restorePostings(child as SerializedPostings[]) : restoreNode(child as SerializedTermTree));
  }
  return node;
}

function restorePostings(serialized: SerializedPostings[]): FieldPostings {
  const byField: FieldPostings = new Map();
  for (const entry of serialized) {
    const postings = new Map<number, number>();
    for (let i = 1; i + 1 < entry.length; i += 2) postings.set(entry[i] ?? 0, entry[i + 1] ?? 0);
    byField.set(entry[0] ?? 0, postings);
  }
  return byField;
}

/** The tree as MiniSearch's own flat [term, {fieldId: {docId: frequency}}] list, for loading without the shortcut. */
export function flattenTermTree(serialized: SerializedTermTree, prefix = ''): [string, Record<string, Record<string, number>>][] {
  const terms: [string, Record<string, Record<string, number>>][] = [];
  for (const [label, child] of serialized) {
    if (label !== LEAF) {
      terms.push(...flattenTermTree(child as SerializedTermTree, prefix + label));
      continue;
    }
    const data: Record<string, Record<string, number>> = {};
    for (const entry of child as SerializedPostings[]) {
      const postings: Record<string, number> = {};
      for (let i = 1; i + 1 < entry.length; i += 2) postings[String(entry[i])] = entry[i + 1] ?? 0;
      data[String(entry[0])] = postings;
    }
    terms.push([prefix, data]);
  }
  return terms;
}
