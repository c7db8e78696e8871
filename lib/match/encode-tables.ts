/** Matcher tables → CompiledDictionary (see compiled-form.ts for the layout). */
import {
  OUTPUT_FIRST_RECORD,
  OUTPUT_RECORD_COUNT,
  OUTPUT_STRIDE,
  RECORD_EXACT,
  RECORD_FIRST_ID,
  RECORD_FLAGS,
  RECORD_ID_COUNT,
  RECORD_STRIDE,
} from './automaton';
import { COMPILED_FORMAT, COMPILED_VERSION, type CompiledDictionary } from './compiled-form';
import type { MatcherTables } from './matcher';
import { FirstUseList } from './record-codes';

function encodeTree(t: MatcherTables): number[] {
  const values: number[] = [];
  const nodeCount = t.firstEdge.length - 1;
  for (let n = 0; n < nodeCount; n++) {
    const first = t.firstEdge[n]!;
    const last = t.firstEdge[n + 1]!;
    values.push(((last - first) << 1) | (t.nodeOutput[n] !== 0 ? 1 : 0));
    for (let e = first; e < last; e++) values.push(t.labelStart[e + 1]! - t.labelStart[e]!);
  }
  return values;
}

/** The records of every node where a key ends, in node order (as the loader reads them). */
function encodeRecords(t: MatcherTables) {
  const values: number[] = [];
  const ids = new FirstUseList<string>();
  const exact = new FirstUseList<string>();
  for (const output of t.nodeOutput) {
    if (output === 0) continue;
    const at = output * OUTPUT_STRIDE;
    const first = t.outputs[at + OUTPUT_FIRST_RECORD]!;
    const count = t.outputs[at + OUTPUT_RECORD_COUNT]!;
    values.push(count - 1);
    for (let r = first; r < first + count; r++) {
      const rAt = r * RECORD_STRIDE;
      const exactIndex = t.records[rAt + RECORD_EXACT]!;
      const idCount = t.records[rAt + RECORD_ID_COUNT]!;
      values.push(t.records[rAt + RECORD_FLAGS]!, exactIndex < 0 ? 0 : 1 + exact.ref(t.exact[exactIndex]!), idCount);
      const firstId = t.records[rAt + RECORD_FIRST_ID]!;
      for (let k = firstId; k < firstId + idCount; k++) values.push(ids.ref(t.ids[t.idLists[k]!]!));
    }
  }
  return { values, ids: ids.items, exact: exact.items };
}

export function encodeTables(t: MatcherTables): CompiledDictionary {
  const records = encodeRecords(t);
  return {
    format: COMPILED_FORMAT,
    version: COMPILED_VERSION,
    alphabet: t.alphabet,
    labels: t.labels,
    tree: encodeTree(t),
    records: records.values,
    ids: records.ids,
    exact: records.exact,
  };
}
