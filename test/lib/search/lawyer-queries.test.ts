/**
 * Search measured on the bundled graph with queries a lawyer would type (lawyer-queries.ts):
 * how often the right entry comes first, and how often a query for something the graph does
 * not have finds nothing. Prints both rates and every miss.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundledGraph } from '../../../lib/build/bundled-data';
import { answerQuery } from '../../../lib/search/search-entries';
import { buildSearchIndex } from '../../../lib/search/search-index';
import { ANSWERED, UNANSWERED } from './lawyer-queries';

const graph = buildBundledGraph(resolve(import.meta.dirname, '../../../seeds')).graph;
const index = buildSearchIndex(graph);

const RIGHT_FIRST_TARGET = 0.95;
const EMPTY_TARGET = 0.95;

describe('search on the bundled graph, with queries a lawyer would type', () => {
  it('has a query set large enough to mean something, of entries that exist', () => {
    expect(ANSWERED.length + UNANSWERED.length).toBeGreaterThanOrEqual(80);
    const ids = new Set(graph.nodes.map((node) => node.id));
    expect(ANSWERED.filter(([, id]) => !ids.has(id))).toEqual([]);
  });

  it(`puts the right entry first for at least ${RIGHT_FIRST_TARGET} of the queries`, () => {
    const misses = ANSWERED.flatMap(([query, id]) => {
      const first = answerQuery(index, query, { limit: 5 }).hits[0];
      return first?.id === id ? [] : [`${query} → ${first?.id ?? 'nothing'} (expected ${id})`];
    });
    const rate = 1 - misses.length / ANSWERED.length;
    console.log(`right first result: ${ANSWERED.length - misses.length}/${ANSWERED.length} = ${rate.toFixed(3)} (target ≥ ${RIGHT_FIRST_TARGET})`);
    for (const miss of misses) console.log(`  miss: ${miss}`);
    expect(rate).toBeGreaterThanOrEqual(RIGHT_FIRST_TARGET);
  });

  it(`finds nothing for at least ${EMPTY_TARGET} of the queries the graph has no answer to`, () => {
    const noise = UNANSWERED.flatMap((query) => {
      const { hits } = answerQuery(index, query, { limit: 5 });
      return hits.length === 0 ? [] : [`${query} → ${hits.map((hit) => hit.name).join('; ')}`];
    });
    const rate = 1 - noise.length / UNANSWERED.length;
    console.log(`empty answer where there is none: ${UNANSWERED.length - noise.length}/${UNANSWERED.length} = ${rate.toFixed(3)} (target ≥ ${EMPTY_TARGET})`);
    for (const line of noise) console.log(`  answered: ${line}`);
    expect(rate).toBeGreaterThanOrEqual(EMPTY_TARGET);
  });

  it('marks whatever it offers instead as closest, with what it lacks', () => {
    const { hits, closest } = answerQuery(index, 'Cybersecurity Law of Vietnam');
    expect(hits).toEqual([]);
    expect(closest[0]).toMatchObject({ id: 'document:cybersecurity-law', closest: true, reason: [{ kind: 'hasNot', words: 'cybersecurity law', missing: 'vietnam' }] });
  });

  it('gives every result that its title does not explain a reason', () => {
    const unexplained = ANSWERED.flatMap(([query]) =>
      answerQuery(index, query, { limit: 10 })
        .hits.filter((hit) => hit.reason === undefined && !hit.terms.some((term) => hit.name.toLowerCase().includes(term)))
        .map((hit) => `${query} → ${hit.name}`),
    );
    expect(unexplained).toEqual([]);
  });
});
