/**
 * `npm run bench [-- --json FILE]`: runs every benchmark in one process, prints each figure
 * and its ratio to the baseline measured in the same run, and optionally writes them as JSON.
 */
import { writeFileSync } from 'node:fs';

type Figures = Record<string, number>;
type Bench = { name: string; run: () => Promise<Figures> };

const benches: Bench[] = [];

function parseJsonTarget(argv: string[]): string | undefined {
  const index = argv.indexOf('--json');
  return index >= 0 ? argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const figures: Figures = {};
  for (const bench of benches) {
    console.log(`\n== ${bench.name}`);
    const result = await bench.run();
    for (const [key, value] of Object.entries(result)) {
      figures[key] = value;
      console.log(`${key.padEnd(32)} ${Number.isInteger(value) ? value : value.toFixed(2)}`);
    }
  }
  const target = parseJsonTarget(process.argv.slice(2));
  if (target) writeFileSync(target, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\n${Object.keys(figures).length} figures measured`);
}

await main();
