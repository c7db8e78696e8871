/**
 * Recall and precision of recognition on real third-party text, hand-labelled, in two halves: the
 * tuning half (its misses are printed, to work on) and the held-out half (only its figures are
 * printed; it is not read while developing). See real-text.ts for how a mention is scored.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  add,
  buildPipeline,
  emptyTally,
  EntityResolver,
  isSeedEntry,
  precision,
  readEntityOverrides,
  readExcerpts,
  recall,
  score,
  type Excerpt,
  type Half,
  type Pipeline,
  type Tally,
} from './real-text';

interface HalfResult {
  total: Tally;
  byForm: Map<string, Tally>;
  byLanguage: Map<string, Tally>;
  /** Highlights on the negative controls (pages about Hong Kong, EU, US, UK law). */
  controlHighlights: number;
  controls: number;
  /** Mentions of PRC documents the newsletters do not name: found / all. */
  outsideSeeds: { all: number; found: number; missed: string[] };
  misses: string[];
  wrong: string[];
  excerpts: number;
  publishers: Set<string>;
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const line = (name: string, tally: Tally) =>
  `${name.padEnd(16)} recall ${pct(recall(tally)).padStart(6)} (${tally.found}/${tally.inGraph})   precision ${pct(precision(tally)).padStart(6)} (${tally.correct}/${tally.predicted})`;

function tallyFor(map: Map<string, Tally>, key: string): Tally {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = emptyTally()));
  return tally;
}

function evaluate(pipeline: Pipeline, resolver: EntityResolver, excerpts: Excerpt[]): HalfResult {
  const result: HalfResult = {
    total: emptyTally(),
    byForm: new Map(),
    byLanguage: new Map(),
    controlHighlights: 0,
    controls: 0,
    outsideSeeds: { all: 0, found: 0, missed: [] },
    misses: [],
    wrong: [],
    excerpts: excerpts.length,
    publishers: new Set(excerpts.map((excerpt) => excerpt.publisher)),
  };
  const nodes = new Map(pipeline.graph.nodes.map((node) => [node.id, node]));
  for (const excerpt of excerpts) {
    const predicted = pipeline.run(excerpt);
    const { labels, predictions } = score(excerpt, predicted, resolver);
    const tally = emptyTally();
    for (const { label, id, found } of labels) {
      const known = id !== undefined && (nodes.has(id) || label.type === 'case');
      if (label.type === 'document' && !isSeedEntry(id ? nodes.get(id) : undefined)) {
        result.outsideSeeds.all += 1;
        if (found) result.outsideSeeds.found += 1;
        else result.outsideSeeds.missed.push(`${excerpt.id}: “${label.text}” → ${label.entity}${id && nodes.has(id) ? '' : ' (not in the graph)'}`);
      }
      if (!known) continue;
      const one: Tally = { inGraph: 1, found: found ? 1 : 0, predicted: 0, correct: 0 };
      add(tally, one);
      add(tallyFor(result.byForm, label.form), one);
      if (!found) result.misses.push(`${excerpt.id}: “${label.text}” (${label.form}) → ${id}`);
    }
    for (const { mention, correct, label } of predictions) {
      const one: Tally = { inGraph: 0, found: 0, predicted: 1, correct: correct ? 1 : 0 };
      add(tally, one);
      add(tallyFor(result.byForm, label?.form ?? 'unlabelled'), one);
      if (!correct) result.wrong.push(`${excerpt.id}: “${mention.matched}” → ${mention.id}${mention.via ? ` (${mention.via})` : ''}${label ? `; labelled ${label.entity}` : ''}`);
    }
    if (excerpt.control) {
      result.controls += 1;
      result.controlHighlights += predictions.filter((prediction) => !prediction.correct).length;
    }
    add(result.total, tally);
    add(tallyFor(result.byLanguage, excerpt.language), tally);
  }
  return result;
}

function report(half: Half, result: HalfResult, details: boolean): void {
  const lines = [
    `real-text ${half}: ${result.excerpts} excerpts, ${result.publishers.size} publishers, ${result.controls} controls`,
    line('all', result.total),
    // The held-out half reports totals only, so that no rule is tuned to its languages or forms.
    ...(details ? [...result.byLanguage].map(([language, tally]) => line(`  ${language}`, tally)) : []),
    ...(details ? [...result.byForm].sort(([a], [b]) => a.localeCompare(b)).map(([form, tally]) => line(`  form ${form}`, tally)) : []),
    `  wrong highlights on controls: ${result.controlHighlights}`,
    `  PRC documents outside the newsletters: recall ${pct(result.outsideSeeds.all === 0 ? 1 : result.outsideSeeds.found / result.outsideSeeds.all)} (${result.outsideSeeds.found}/${result.outsideSeeds.all})`,
  ];
  if (details) lines.push('  missed:', ...result.misses.map((miss) => `    ${miss}`), '  wrong:', ...result.wrong.map((wrong) => `    ${wrong}`), '  PRC documents outside the newsletters, missed:', ...result.outsideSeeds.missed.map((miss) => `    ${miss}`));
  console.log(lines.join('\n'));
}

describe('recognition on real third-party text', () => {
  let pipeline: Pipeline;
  let resolver: EntityResolver;
  const results = new Map<Half, HalfResult>();

  beforeAll(() => {
    pipeline = buildPipeline();
    resolver = new EntityResolver(pipeline.graph, readEntityOverrides());
    for (const half of ['tuning', 'heldout'] as const) results.set(half, evaluate(pipeline, resolver, readExcerpts(half)));
    report('tuning', results.get('tuning')!, true);
    report('heldout', results.get('heldout')!, false);
    // Building the bundled graph takes seconds on a loaded machine.
  }, 120_000);

  it('has at least 40 excerpts from at least 15 publishers, English and Chinese, with controls', () => {
    const all = [...readExcerpts('tuning'), ...readExcerpts('heldout')];
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((excerpt) => excerpt.publisher)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(all.map((excerpt) => excerpt.language))).toEqual(new Set(['en', 'zh']));
    expect(all.filter((excerpt) => excerpt.control).length).toBeGreaterThanOrEqual(6);
    expect(new Set(all.map((excerpt) => excerpt.id)).size).toBe(all.length);
  });

  it('labels point at the text they name', () => {
    for (const excerpt of [...readExcerpts('tuning'), ...readExcerpts('heldout')]) {
      for (const label of excerpt.mentions) expect(excerpt.text.slice(label.start, label.start + label.text.length), excerpt.id).toBe(label.text);
    }
  });

  it.each(['tuning', 'heldout'] as const)('%s: no PRC highlight on a page about Hong Kong, EU, US or UK law', (half) => {
    expect(results.get(half)!.controlHighlights).toBe(0);
  });

  it.each(['tuning', 'heldout'] as const)('%s: precision at least 0.97', (half) => {
    expect(precision(results.get(half)!.total)).toBeGreaterThanOrEqual(0.97);
  });
});
