/**
 * Entry facts against the hand labels of the five newsletters: status, issuers, dates, legal
 * rank and the one line a card shows. The figures are printed on every run, with the misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../lib/graph/entry-card';
import { addFactScores, emptyFactScores, scoreFacts, type FactTally, type Labels } from './label-evaluation';
import { seedGraph } from './seed-graph';

const LABELS_DIR = resolve(import.meta.dirname, '../../fixtures/labels');
const labelFiles = readdirSync(LABELS_DIR).filter((name) => name.endsWith('.json')).sort();

function rate(fact: FactTally): number {
  return fact.total === 0 ? 1 : fact.right / fact.total;
}

describe('entry facts against hand-labelled newsletters', () => {
  const total = emptyFactScores();
  for (const file of labelFiles) {
    const labels = JSON.parse(readFileSync(resolve(LABELS_DIR, file), 'utf8')) as Labels;
    addFactScores(total, scoreFacts(seedGraph().graph, labels, summaryOf));
  }
  const facts = {
    status: total.status,
    'issuer recall': total.issuerRecall,
    'issuer precision': total.issuerPrecision,
    'issue date': total.issued,
    'comment date': total.commentDate,
    'effective date': total.effective,
    'legal rank': total.rank,
    'one line': total.oneLine,
  };
  console.log(`entry facts over ${total.documents} labelled documents the graph found:`);
  for (const [name, fact] of Object.entries(facts)) {
    console.log(`  ${name.padEnd(17)} ${rate(fact).toFixed(3)} (${fact.right} of ${fact.total})`);
    for (const miss of fact.misses) console.log(`      ${miss}`);
  }

  it('scores facts for nearly every labelled document', () => {
    expect(total.documents).toBeGreaterThanOrEqual(110);
  });

  it('meets the targets for status, issuers, issue date, legal rank and the one line', () => {
    expect.soft(rate(total.status), 'status').toBeGreaterThanOrEqual(0.95);
    expect.soft(rate(total.issuerRecall), 'issuer recall').toBeGreaterThanOrEqual(0.95);
    expect.soft(rate(total.issuerPrecision), 'issuer precision').toBeGreaterThanOrEqual(0.97);
    expect.soft(rate(total.issued), 'issue date').toBeGreaterThanOrEqual(0.95);
    // "unknown" counts as wrong: only labels the labeller could place are scored.
    expect.soft(rate(total.rank), 'legal rank').toBeGreaterThanOrEqual(0.85);
    expect.soft(rate(total.oneLine), 'one line').toBeGreaterThanOrEqual(0.95);
  });
});
