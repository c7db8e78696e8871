/**
 * Compile time: dictionary → patterns → radix tree of their keys → the tables a Matcher is made
 * from. Outputs, records, ids and exact strings are numbered in node order, the order in which a
 * loader reads them (decode-tree.ts), so a decoded dictionary has exactly these tables.
 */
import { buildAlphabet } from './alphabet';
import {
  FLAG_BOUNDARY_END,
  FLAG_BOUNDARY_START,
  FLAG_EXCLUSION,
  FLAG_GENERATED,
  FLAG_ZH,
  OUTPUT_STRIDE,
  RECORD_STRIDE,
} from './automaton';
import { buildKeyTree } from './build-tree';
import { collectPatterns } from './collect-patterns';
import type { MatcherTables } from './matcher';
import type { PatternWithIds } from './pattern';
import type { CompileInput, DictionaryEntry } from './types';

function flagsOf(p: PatternWithIds): number {
  return (
    (p.boundaryStart ? FLAG_BOUNDARY_START : 0) |
    (p.boundaryEnd ? FLAG_BOUNDARY_END : 0) |
    (p.zh ? FLAG_ZH : 0) |
    (p.exclusion ? FLAG_EXCLUSION : 0) |
    (p.generated ? FLAG_GENERATED : 0)
  );
}

/** Interns strings into a table, returning each one's index. */
function createInterner(): { table: string[]; intern: (s: string) => number } {
  const table: string[] = [];
  const index = new Map<string, number>();
  return {
    table,
    intern(s) {
      let i = index.get(s);
      if (i === undefined) {
        i = table.length;
        table.push(s);
        index.set(s, i);
      }
      return i;
    },
  };
}

export function buildTables(input: CompileInput | readonly DictionaryEntry[]): MatcherTables {
  const byKey = new Map<string, PatternWithIds[]>();
  for (const p of collectPatterns(input)) {
    const list = byKey.get(p.key);
    if (list) list.push(p);
    else byKey.set(p.key, [p]);
  }
  const keys = [...byKey.keys()];
  const tree = buildKeyTree(keys);
  const ids = createInterner();
  const exact = createInterner();
  const idLists: number[] = [];
  const records: number[] = [];
  const outputs: number[] = [0, 0, 0, 0]; // output 0 means "none"
  const nodeOutput = new Int32Array(tree.terminalKey.length);
  tree.terminalKey.forEach((keyIndex, node) => {
    if (keyIndex < 0) return;
    nodeOutput[node] = outputs.length / OUTPUT_STRIDE;
    const group = byKey.get(keys[keyIndex]!)!;
    // Next output stays 0: chains are derived with the failure links (derive-links.ts).
    outputs.push(tree.depth[node]!, records.length / RECORD_STRIDE, group.length, 0);
    for (const p of group) {
      records.push(flagsOf(p), p.exact === null ? -1 : exact.intern(p.exact), idLists.length, p.ids.length);
      for (const id of p.ids) idLists.push(ids.intern(id));
    }
  });
  const alphabet = buildAlphabet(keys);
  const variantChars = 'charVariants' in input ? input.charVariants?.(alphabet) : undefined;
  return {
    alphabet,
    ...(variantChars ? { variantChars } : {}),
    labels: tree.labels,
    firstEdge: tree.firstEdge,
    labelStart: tree.labelStart,
    nodeOutput,
    outputs: Int32Array.from(outputs),
    records: Int32Array.from(records),
    idLists: Int32Array.from(idLists),
    ids: ids.table,
    exact: exact.table,
  };
}
