import MiniSearch, { type AsPlainObject } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { internalsOf } from '../../../lib/search/index-internals';
import { runQuery } from '../../../lib/search/run-query';
import type { SearchDocument } from '../../../lib/search/search-documents';
import { searchEntries } from '../../../lib/search/search-entries';
import {
  buildSearchIndex,
  buildSearchIndexAsync,
  buildSearchIndexJson,
  loadSearchIndex,
  loadSearchIndexAsync,
} from '../../../lib/search/search-index';
import { SEARCH_OPTIONS } from '../../../lib/search/search-options';
import { planQuery } from '../../../lib/search/search-query';
import { flattenTermTree, type SerializedTermTree } from '../../../lib/search/term-tree';
import { sampleGraph } from './sample-graph';

const json = buildSearchIndexJson(sampleGraph);

describe('the serialized search index', () => {
  it('is the same for the same graph, so builds are reproducible', () => {
    expect(buildSearchIndexJson(sampleGraph)).toBe(json);
  });

  it('loads synchronously and asynchronously to the same answers', async () => {
    const sync = loadSearchIndex(json);
    const async = await loadSearchIndexAsync(json);
    for (const query of ['cac', 'cybersecurity law', 'gb 40050', 'pers info']) {
      expect(searchEntries(async, query)).toEqual(searchEntries(sync, query));
    }
  });

  it('loads to the same answers through MiniSearch\'s own loader (the fallback if its internals change)', () => {
    const serialized = JSON.parse(json) as { engine: AsPlainObject; terms: SerializedTermTree };
    const fast = loadSearchIndex(json);
    const flat = { ...fast, engine: MiniSearch.loadJS({ ...serialized.engine, index: flattenTermTree(serialized.terms) }, SEARCH_OPTIONS) };
    for (const query of ['cac', 'cybersecurity law', 'gb 40050', 'pers info', '网信', 'cybersecurty']) {
      expect(searchEntries(flat, query)).toEqual(searchEntries(fast, query));
    }
  });

  it('answers the same when built in memory (as for a graph with imports merged in)', async () => {
    const loaded = loadSearchIndex(json);
    const built = buildSearchIndex(sampleGraph);
    const builtAsync = await buildSearchIndexAsync(sampleGraph);
    for (const query of ['cac', 'cybersecurity law', 'gb 40050', 'pers info', 'ca', '网信']) {
      expect(searchEntries(built, query)).toEqual(searchEntries(loaded, query));
      expect(searchEntries(builtAsync, query)).toEqual(searchEntries(loaded, query));
    }
  });

  it('says clearly when it is not a TMT Lens index (e.g. the empty placeholder)', () => {
    expect(() => loadSearchIndex('{}')).toThrow(/search index is missing/);
  });

  it('works on an empty graph', () => {
    const empty = loadSearchIndex(buildSearchIndexJson({ version: 1, nodes: [], edges: [] }));
    expect(searchEntries(empty, 'cac')).toEqual([]);
    expect(searchEntries(empty, 'c')).toEqual([]);
  });
});

describe('reading MiniSearch internals', () => {
  const index = loadSearchIndex(json);

  it('finds the internals of the pinned minisearch version (if this fails after an upgrade, see index-internals.ts)', () => {
    expect(internalsOf(index.engine)).toBeDefined();
  });

  it('finds the same entries through the public search() fallback (ranked by MiniSearch alone there)', () => {
    const publicOnly = { search: index.engine.search.bind(index.engine) } as unknown as MiniSearch<SearchDocument>;
    expect(internalsOf(publicOnly)).toBeUndefined();
    for (const query of ['cybersecurity law', 'measures', 'persnal information', 'security assessment', 'cac']) {
      const plan = planQuery(query);
      const options = { k: 100, accepts: () => true };
      const direct = runQuery(index.engine, plan, 'AND', options).map((result) => result.id);
      const fallback = runQuery(publicOnly, plan, 'AND', options).map((result) => result.id);
      expect(direct.length).toBeGreaterThan(0);
      expect(new Set(direct)).toEqual(new Set(fallback));
    }
  });
});
