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
import { encodeFilter } from './filter-codes';
import type { MatcherTables } from './matcher';
import type { WordStartFilter } from './word-start-filter';
import { FirstUseList, RECORD_HAS_EXACT, RECORD_IDS_SHIFT, RECORD_MAX_IDS_FIELD, RECORD_MORE } from './record-codes';

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
    const end = first + t.outputs[at + OUTPUT_RECORD_COUNT]!;
    for (let r = first; r < end; r++) {
      const rAt = r * RECORD_STRIDE;
      const exactIndex = t.records[rAt + RECORD_EXACT]!;
      const firstId = t.records[rAt + RECORD_FIRST_ID]!;
      const idRefs: number[] = [];
      for (let k = firstId; k < firstId + t.records[rAt + RECORD_ID_COUNT]!; k++) idRefs.push(ids.ref(t.ids[t.idLists[k]!]!));
      const oneNewId = idRefs.length === 1 && idRefs[0] === 0;
      const idsField = oneNewId ? 0 : idRefs.length + 1;
      if (idsField > RECORD_MAX_IDS_FIELD) throw new Error(`A name stands for ${idRefs.length} entries; the compiled form holds at most ${RECORD_MAX_IDS_FIELD - 1}`);
      const header =
        t.records[rAt + RECORD_FLAGS]! |
        (r + 1 < end ? RECORD_MORE : 0) |
        (exactIndex >= 0 ? RECORD_HAS_EXACT : 0) |
        (idsField << RECORD_IDS_SHIFT);
      values.push(header);
      if (exactIndex >= 0) values.push(exact.ref(t.exact[exactIndex]!));
      if (!oneNewId) values.push(...idRefs);
    }
  }
  return { values, ids: ids.items, exact: exact.items };
}

/** `filter` is the tables' word-start filter (a Matcher made from them has it). */
export function encodeTables(t: MatcherTables, filter: WordStartFilter): CompiledDictionary {
  const records = encodeRecords(t);
  return {
    format: COMPILED_FORMAT,
    version: COMPILED_VERSION,
    alphabet: t.alphabet,
    ...(t.variantChars ? { variantChars: t.variantChars } : {}),
    labels: t.labels,
    tree: encodeTree(t),
    records: records.values,
    ids: records.ids,
    exact: records.exact,
    ...encodeFilter(filter),
  };
}
