/**
 * Reads the `records` table of the compiled form (record-codes.ts) into the flat output, record
 * and id tables, checking every count and reference as it goes. Output k (from 1) belongs to the
 * k-th node where a key ends; decodeTree numbers them and sets their lengths.
 *
 * One loop with no calls: it runs cold, once per key, and reading through closures cost about
 * a microsecond per key (13 ms at 10,000 names). `values` comes straight from JSON.parse, so each
 * value is checked to be a non-negative integer as it is read (`intAt`).
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

export interface RecordTables {
  readonly outputs: Int32Array;
  readonly records: Int32Array;
  readonly idLists: Int32Array;
  /** Number of keys read; outputs 1 to keyCount. */
  readonly keyCount: number;
}

/** values[at] if it is an integer from 0 to 2^31 - 1, else -1 (which every caller rejects). */
export function intAt(values: readonly unknown[], at: number): number {
  const v = values[at];
  return typeof v === 'number' && (v | 0) === v && v >= 0 ? v : -1;
}

export function readRecords(values: readonly unknown[], idTotal: number, exactTotal: number): RecordTables {
  // A key takes at least four values, a record three and an id one, which bounds the tables (with
  // room for output 0).
  const outputs = new Int32Array((Math.floor(values.length / 4) + 1) * OUTPUT_STRIDE);
  const records = new Int32Array(Math.floor(values.length / 3) * RECORD_STRIDE);
  const idLists = new Int32Array(values.length);
  const end = values.length;
  let at = 0;
  let keyCount = 0;
  let recordCount = 0;
  let idCount = 0;
  let usedIds = 0;
  let usedExact = 0;
  // References follow record-codes.ts: 0 is the next new item, which must exist; k > 0 points k
  // items back, into those in use.
  while (at < end) {
    const count = intAt(values, at++) + 1;
    const o = ++keyCount * OUTPUT_STRIDE;
    if (count < 1) invalidCompiled('records table holds a value that is not a count');
    if (at + 3 * count > end) invalidCompiled('records table too short');
    outputs[o + OUTPUT_FIRST_RECORD] = recordCount;
    outputs[o + OUTPUT_RECORD_COUNT] = count;
    for (let k = 0; k < count; k++) {
      const flags = intAt(values, at);
      const exactRef = intAt(values, at + 1);
      const ids = intAt(values, at + 2);
      at += 3;
      if (flags < 0 || exactRef < 0 || ids < 0) invalidCompiled('records table holds a value that is not a count');
      if (at + ids > end) invalidCompiled('records table too short');
      const r = recordCount++ * RECORD_STRIDE;
      records[r + RECORD_FLAGS] = flags;
      records[r + RECORD_FIRST_ID] = idCount;
      records[r + RECORD_ID_COUNT] = ids;
      if (exactRef === 0) {
        records[r + RECORD_EXACT] = -1;
      } else {
        const ref = exactRef - 1;
        if (ref === 0 ? usedExact >= exactTotal : ref > usedExact) invalidCompiled('reference out of range');
        records[r + RECORD_EXACT] = usedExact - ref;
        if (ref === 0) usedExact++;
      }
      for (let i = 0; i < ids; i++) {
        const ref = intAt(values, at++);
        if (ref < 0 || (ref === 0 ? usedIds >= idTotal : ref > usedIds)) invalidCompiled('reference out of range');
        idLists[idCount++] = usedIds - ref;
        if (ref === 0) usedIds++;
      }
    }
  }
  if (usedIds !== idTotal || usedExact !== exactTotal) invalidCompiled('lists too long');
  return {
    outputs: outputs.slice(0, (keyCount + 1) * OUTPUT_STRIDE),
    records: records.slice(0, recordCount * RECORD_STRIDE),
    idLists: idLists.slice(0, idCount),
    keyCount,
  };
}
