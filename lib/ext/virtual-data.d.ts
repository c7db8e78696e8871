// Data generated from seeds/ at build time by lib/build/data-plugin.ts.
declare module 'virtual:tmt-lens/graph' {
  /** The knowledge graph as packed JSON (lib/graph/packed-graph.ts; the graph itself: lib/graph/schema.ts). */
  const json: string;
  export default json;
}
declare module 'virtual:tmt-lens/dictionary' {
  /** The compiled name dictionary for the content script, as JSON (lib/match/compiled-form.ts). */
  const json: string;
  export default json;
}
declare module 'virtual:tmt-lens/search-index' {
  /** A serialized MiniSearch index (see lib/search). */
  const json: string;
  export default json;
}
declare module 'virtual:tmt-lens/recognisers' {
  /** The variant-title table and the graph's cases by number, as JSON (lib/recognise/recogniser-data.ts). */
  const json: string;
  export default json;
}

// Build-time flags (wxt.config.ts).
interface ImportMetaEnv {
  /** True only in bench builds (TMT_BENCH=1): lib/bench-timing.ts. */
  readonly TMT_BENCH: boolean;
}
