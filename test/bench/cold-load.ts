/**
 * One cold load of a compiled dictionary, in a process of its own: `tsx cold-load.ts FILE`
 * prints the milliseconds from the JSON text to a ready matcher (JSON.parse + loadDictionary),
 * the first time this V8 runs that code. A content script starts every page that way, in a
 * fresh isolated world with nothing optimised yet, so this is the figure a page pays, where a
 * load repeated in one process measures code V8 has already optimised.
 */
import { readFileSync } from 'node:fs';
import { loadDictionary } from '../../lib/match/load-dictionary';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx test/bench/cold-load.ts COMPILED_JSON_FILE');
const json = readFileSync(file, 'utf8');
const start = performance.now();
const matcher = loadDictionary(JSON.parse(json));
const ms = performance.now() - start;
if (matcher.stateCount <= 0) throw new Error('empty matcher');
process.stdout.write(`${ms}\n`);
