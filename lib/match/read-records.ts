/**
 * Reads the `records` table of the compiled form (record-codes.ts) into the flat output, record
 * and id tables, checking every count and reference as it goes. Output k (from 1) belongs to the
 * k-th node where a key ends; decodeTree numbers them and sets their lengths.
 *
 * One loop with no calls: it runs cold, once per key, and reading through closures cost about
 * a microsecond per key (13 ms at 10,000 names). Most keys are one value (record-codes.ts).
 * `values` has been checked to hold counts only (count-list.ts).
 */
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
import { invalidCompiled } from './invalid-compiled';
import { RECORD_FLAG_MASK, RECORD_HAS_EXACT, RECORD_IDS_SHIFT, RECORD_MORE } from './record-codes';

export interface RecordTables {
  readonly outputs: Int32Array;
  readonly records: Int32Array;
  readonly idLists: Int32Array;
  /** Number of keys read; outputs 1 to keyCount. */
  readonly keyCount: number;
}

export function readRecords(values: readonly number[], idTotal: number, exactTotal: number): RecordTables {
  // Every key, record and id but the one new id a header can stand for takes a value of its
  // own, which bounds the tables (with room for output 0).
  const end = values.length;
  const outputs = new Int32Array((end + 1) * OUTPUT_STRIDE);
  const records = new Int32Array(end * RECORD_STRIDE);
  const idLists = new Int32Array(end);
  let at = 0;
  let keyCount = 0;
  let recordCount = 0;
  let idCount = 0;
  let usedIds = 0;
  let usedExact = 0;
  // References follow record-codes.ts: 0 is the next new item, which must exist; k > 0 points k
  // items back, into those in use.
  while (at < end) {
    const o = ++keyCount * OUTPUT_STRIDE;
    const firstRecord = recordCount;
    outputs[o + OUTPUT_FIRST_RECORD] = firstRecord;
    let header = RECORD_MORE;
    while ((header & RECORD_MORE) !== 0) {
      if (at >= end) invalidCompiled('records table too short');
      header = values[at++]!;
      const r = recordCount++ * RECORD_STRIDE;
      records[r + RECORD_FLAGS] = header & RECORD_FLAG_MASK;
      records[r + RECORD_FIRST_ID] = idCount;
      if ((header & RECORD_HAS_EXACT) === 0) {
        records[r + RECORD_EXACT] = -1;
      } else {
        const ref = at < end ? values[at++]! : invalidCompiled('records table too short');
        if (ref === 0 ? usedExact >= exactTotal : ref > usedExact) invalidCompiled('reference out of range');
        records[r + RECORD_EXACT] = usedExact - ref;
        if (ref === 0) usedExact++;
      }
      const idsField = header >>> RECORD_IDS_SHIFT;
      if (idsField === 0) {
        if (usedIds >= idTotal) invalidCompiled('reference out of range');
        idLists[idCount++] = usedIds++;
        records[r + RECORD_ID_COUNT] = 1;
        continue;
      }
      const ids = idsField - 1;
      if (at + ids > end) invalidCompiled('records table too short');
      records[r + RECORD_ID_COUNT] = ids;
      for (let i = 0; i < ids; i++) {
        const ref = values[at++]!;
        if (ref === 0 ? usedIds >= idTotal : ref > usedIds) invalidCompiled('reference out of range');
        idLists[idCount++] = usedIds - ref;
        if (ref === 0) usedIds++;
      }
    }
    outputs[o + OUTPUT_RECORD_COUNT] = recordCount - firstRecord;
  }
  if (usedIds !== idTotal || usedExact !== exactTotal) invalidCompiled('lists too long');
  return {
    outputs: outputs.slice(0, (keyCount + 1) * OUTPUT_STRIDE),
    records: records.slice(0, recordCount * RECORD_STRIDE),
    idLists: idLists.slice(0, idCount),
    keyCount,
  };
}
