/**
 * The graph the extension works with: the bundled one, parsed once per context.
 * (User imports are merged in by the same code that builds the bundled graph.)
 */
import bundledGraphJson from 'virtual:tmt-lens/graph';
import { indexGraph, type GraphIndex } from '../graph/graph-index';
import type { Graph } from '../graph/schema';

let cached: Promise<GraphIndex> | undefined;

export function loadGraphIndex(): Promise<GraphIndex> {
  cached ??= Promise.resolve().then(() => indexGraph(JSON.parse(bundledGraphJson) as Graph));
  return cached;
}
