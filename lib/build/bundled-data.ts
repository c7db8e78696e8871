/**
 * Builds everything the extension bundles from the newsletters in seeds/: the graph, the
 * content script's compiled name dictionary and the search index. Node-only (reads files);
 * a seed that fails to parse fails the build with the reason.
 */
import { dictionaryEntriesOf } from '../graph/dictionary-entries';
import { GENERIC_NAMES } from '../knowledge/generic-names';
import { ZH_EXCLUSIONS } from '../knowledge/zh-exclusions';
import { compileDictionary } from '../match/compile-dictionary';
import { traditionalVariantsOf } from './traditional-chars';
import { packGraph } from '../graph/packed-graph';
import { graphSchema } from '../graph/schema';
import { CORE_LAYER } from '../knowledge/core';
import { buildGraph, type BuildResult } from '../parse/build-graph';
import { mergeCoreLayer, type CoreMergeReport } from '../parse/merge-core-layer';
import { buildRecogniserData } from '../recognise/recogniser-data';
import { buildSearchIndexJson } from '../search/search-index';
import { listSeedFiles, readSeeds } from './seeds';
import { pinyin } from 'pinyin-pro';

export interface BundledData {
  seedFiles: string[];
  result: BuildResult;
  graphJson: string;
  /** The graph as the extension ships it, each source written once (lib/graph/packed-graph.ts). */
  packedGraphJson: string;
  /** The compiled dictionary as JSON (see lib/match/compiled-form.ts), as the content script ships it. */
  dictionaryJson: string;
  searchIndexJson: string;
  /** The variant-title table and cases by number (lib/recognise/), as the content script ships them. */
  recognisersJson: string;
}

export interface BundledGraph extends BuildResult {
  /** What the curated core layer added to the newsletters' graph. */
  core: CoreMergeReport;
}

/** The newsletters' graph with the curated core layer merged in (one entry per instrument). */
export function buildBundledGraph(seedsDir: string): BundledGraph {
  const result = buildGraph(readSeeds(seedsDir));
  if (result.errors.length > 0) throw new Error(`seeds/ could not be parsed:\n${result.errors.join('\n')}`);
  const merged = mergeCoreLayer(result.graph, CORE_LAYER);
  const parsed = graphSchema.safeParse(merged.graph);
  if (!parsed.success) throw new Error(`The core layer does not merge into a valid graph: ${parsed.error.message.slice(0, 800)}`);
  return { ...result, graph: parsed.data, core: merged.report };
}

/** Toneless pinyin of a document number's prefix, syllables run together (工信部信管 → gongxinbuxinguan). */
function pinyinOf(han: string): string {
  return pinyin(han, { toneType: 'none', type: 'array' }).join('');
}

export function buildBundledData(seedsDir: string): BundledData {
  const result = buildBundledGraph(seedsDir);
  const compiled = compileDictionary({
    entries: dictionaryEntriesOf(result.graph),
    zhExclusions: ZH_EXCLUSIONS,
    genericNames: GENERIC_NAMES,
    charVariants: traditionalVariantsOf,
  });
  const dictionaryJson = JSON.stringify(compiled);
  return {
    seedFiles: listSeedFiles(seedsDir),
    result,
    graphJson: JSON.stringify(result.graph),
    packedGraphJson: packGraph(result.graph),
    dictionaryJson,
    searchIndexJson: buildSearchIndexJson(result.graph),
    recognisersJson: JSON.stringify(buildRecogniserData(result.graph, traditionalVariantsOf, pinyinOf)),
  };
}
