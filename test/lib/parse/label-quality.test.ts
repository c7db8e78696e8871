import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAgainstLabels, type Labels } from './label-evaluation';
import { seedGraph } from './seed-graph';

const LABELS_DIR = resolve(import.meta.dirname, '../../fixtures/labels');
const labelFiles = readdirSync(LABELS_DIR).filter((name) => name.endsWith('.json')).sort();

describe('parser quality against hand-labelled newsletters', () => {
  it('has at least two labelled newsletters', () => {
    expect(labelFiles.length).toBeGreaterThanOrEqual(2);
  });

  it.each(labelFiles)('%s: documents and authorities at ≥ 0.95 precision and recall', (file) => {
    const labels = JSON.parse(readFileSync(resolve(LABELS_DIR, file), 'utf8')) as Labels;
    const scores = scoreAgainstLabels(seedGraph().graph, labels);
    for (const score of scores) {
      // Printed so the figures and the misses are visible in every test run.
      console.log(
        `${file} ${score.type.padEnd(9)} precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} ` +
          `(${score.truePositives} of ${score.predicted} predicted, ${score.labelled} labelled)`,
      );
      for (const miss of score.misses) console.log(`  missed: ${miss}`);
      for (const extra of score.falsePositives) console.log(`  not in labels: ${extra}`);
    }
    for (const score of scores.filter((s) => s.type !== 'case')) {
      expect.soft(score.recall, `${score.type} recall`).toBeGreaterThanOrEqual(0.95);
      expect.soft(score.precision, `${score.type} precision`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
