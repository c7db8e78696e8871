/**
 * The graph the extension works with: the bundled one with the user's imports merged in
 * (lib/ext/user-graph.ts), indexed once per context and rebuilt after imports change.
 */
import { indexGraph, type GraphIndex } from '../graph/graph-index';
import { getMergedGraph, watchUserData } from './user-graph';

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
