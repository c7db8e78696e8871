/**
 * The graph the extension works with: the bundled one with the user's imports merged in
 * (lib/ext/user-graph.ts), indexed once per context and rebuilt after imports change.
 */
import { indexGraph, type GraphIndex } from '../graph/graph-index';
import { getBundledGraph, getMergedGraph, watchUserData } from './user-graph';

let bundledIndex: GraphIndex | undefined;

/**
 * The bundled graph alone, indexed once per context: what the hover card may say, since the
 * card sits in a web page and the user's imports stay in extension pages.
 */
export function loadBundledGraphIndex(): GraphIndex {
  bundledIndex ??= indexGraph(getBundledGraph());
  return bundledIndex;
}

let cached: Promise<GraphIndex> | undefined;
let stopWatching: (() => void) | undefined;

export function loadGraphIndex(): Promise<GraphIndex> {
  stopWatching ??= watchUserData((change) => {
    if (change.imports) cached = undefined;
  });
  cached ??= getMergedGraph().then(indexGraph, (error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
