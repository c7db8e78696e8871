/**
 * Vite plugin that turns seeds/ into the extension's bundled data at build time.
 * Each artefact is a virtual module exporting one string: JSON (parsing a string with
 * JSON.parse is faster than evaluating an object literal, and MiniSearch.loadJSON takes a
 * string directly). Nothing generated is ever written into the source tree.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildBundledData, type BundledData } from './bundled-data';

const PREFIX = 'virtual:tmt-lens/';
const ARTEFACTS = {
  graph: (data: BundledData) => data.packedGraphJson,
  dictionary: (data: BundledData) => data.dictionaryJson,
  'search-index': (data: BundledData) => data.searchIndexJson,
  recognisers: (data: BundledData) => data.recognisersJson,
} as const;

function isArtefact(name: string): name is keyof typeof ARTEFACTS {
  return Object.prototype.hasOwnProperty.call(ARTEFACTS, name);
}

export function tmtDataPlugin(seedsDir = resolve(process.cwd(), 'seeds')): Plugin {
  let cached: BundledData | undefined;
  return {
    name: 'tmt-lens-data',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1);
      if (!isArtefact(name)) throw new Error(`Unknown TMT Lens data module: ${name}`);
      cached ??= buildBundledData(seedsDir);
      for (const file of cached.seedFiles) this.addWatchFile(file);
      return `export default ${JSON.stringify(ARTEFACTS[name](cached))};`;
    },
    handleHotUpdate(ctx) {
      if (ctx.file.startsWith(seedsDir)) cached = undefined;
    },
  };
}
