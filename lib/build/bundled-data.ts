/**
 * Builds everything the extension bundles from the newsletters in seeds/: the graph, the
 * content script's compiled name dictionary and the search index. Node-only (reads files);
 * a seed that fails to parse fails the build with the reason.
 */
import { dictionaryEntriesOf } from '../graph/dictionary-entries';
import { GENERIC_NAMES } from '../knowledge/generic-names';
import { ZH_EXCLUSIONS } from '../knowledge/zh-exclusions';
import { compileDictionary } from '../match/compile-dictionary';
import { buildGraph, type BuildResult } from '../parse/build-graph';
import { buildSearchIndexJson } from '../search/search-index';
import { listSeedFiles, readSeeds } from './seeds';

export interface BundledData {
  seedFiles: string[];
  result: BuildResult;
  graphJson: string;
  /** The compiled dictionary as JSON (see lib/match/compiled-form.ts), as the content script ships it. */
  dictionaryJson: string;
  searchIndexJson: string;
}

export function buildBundledGraph(seedsDir: string): BuildResult {
  const result = buildGraph(readSeeds(seedsDir));
  if (result.errors.length > 0) throw new Error(`seeds/ could not be parsed:\n${result.errors.join('\n')}`);
  return result;
}

export function buildBundledData(seedsDir: string): BundledData {
  const result = buildBundledGraph(seedsDir);
  const compiled = compileDictionary({
    entries: dictionaryEntriesOf(result.graph),
    zhExclusions: ZH_EXCLUSIONS,
    genericNames: GENERIC_NAMES,
  });
  const dictionaryJson = JSON.stringify(compiled);
  return {
    seedFiles: listSeedFiles(seedsDir),
    result,
    graphJson: JSON.stringify(result.graph),
    dictionaryJson,
    searchIndexJson: buildSearchIndexJson(result.graph),
  };
}
