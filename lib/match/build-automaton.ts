/**
 * Compile time: dictionary → patterns → trie with failure links → double array → flat tables.
 */
import { buildAlphabet, describeAlphabet, encodeKey, mapAlphabet } from './alphabet';
import {
  FLAG_BOUNDARY_END,
  FLAG_BOUNDARY_START,
  FLAG_EXCLUSION,
  FLAG_GENERATED,
  FLAG_ZH,
  OUTPUT_NEXT,
  OUTPUT_STRIDE,
  RECORD_STRIDE,
  type Automaton,
} from './automaton';
import { buildTrie } from './build-trie';
import { collectPatterns } from './collect-patterns';
import type { PatternWithIds } from './pattern';
import { placeDoubleArray } from './place-double-array';
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

export function buildAutomaton(input: CompileInput | readonly DictionaryEntry[]): Automaton {
  const patterns = collectPatterns(input);
  const byKey = new Map<string, PatternWithIds[]>();
  for (const p of patterns) {
    const list = byKey.get(p.key);
    if (list) list.push(p);
    else byKey.set(p.key, [p]);
  }
  const keys = [...byKey.keys()];
  const alphabet = buildAlphabet(keys);
  const codeOf = mapAlphabet(alphabet);
  const codes = describeAlphabet(alphabet);
  const trie = buildTrie(
    keys.map((key) => encodeKey(key, codeOf)),
    codes.firstWordCode,
  );
  const layout = placeDoubleArray(trie);

  const ids = createInterner();
  const exact = createInterner();
  const idLists: number[] = [];
  const records: number[] = [];
  const outputs: number[] = [0, 0, 0, 0]; // output 0 means "none"
  const outputOfNode = new Int32Array(trie.nodeCount);
  const outHead = new Int32Array(layout.slotCount);
  const fail = new Int32Array(layout.slotCount);

  // Outputs, records, ids and exact strings are numbered in slot order, the order in which a
  // loader reads them (decode-shape.ts), so a decoded dictionary has exactly these tables.
  const nodeAt = new Int32Array(layout.slotCount).fill(-1);
  for (let node = 0; node < trie.nodeCount; node++) nodeAt[layout.slotOf[node]!] = node;
  for (const node of nodeAt) {
    const keyIndex = node < 0 ? -1 : trie.terminal[node]!;
    if (keyIndex < 0) continue;
    outputOfNode[node] = outputs.length / OUTPUT_STRIDE;
    const group = byKey.get(keys[keyIndex]!)!;
    outputs.push(trie.depth[node]!, records.length / RECORD_STRIDE, group.length, 0);
    for (const p of group) {
      records.push(flagsOf(p), p.exact === null ? -1 : exact.intern(p.exact), idLists.length, p.ids.length);
      for (const id of p.ids) idLists.push(ids.intern(id));
    }
  }
  // Chains breadth-first, so that each failure target's first output is known.
  for (const node of trie.order) {
    const slot = layout.slotOf[node]!;
    const failNode = trie.fail[node]!;
    fail[slot] = layout.slotOf[failNode]!;
    const inherited = node === 0 ? 0 : outputOfNode[failNode]!;
    const own = outputOfNode[node]!;
    if (own === 0) outputOfNode[node] = inherited;
    else outputs[own * OUTPUT_STRIDE + OUTPUT_NEXT] = inherited;
    outHead[slot] = outputOfNode[node]!;
  }

  let maxBase = 0;
  for (const b of layout.base) if (b > maxBase) maxBase = b;
  return {
    alphabet,
    slotCount: layout.slotCount,
    tableSize: Math.max(layout.slotCount, maxBase + codes.noneWordCode + 1),
    base: layout.base,
    check: layout.check,
    fail,
    outHead,
    outputs: Int32Array.from(outputs),
    records: Int32Array.from(records),
    idLists: Int32Array.from(idLists),
    ids: ids.table,
    exact: exact.table,
  };
}
