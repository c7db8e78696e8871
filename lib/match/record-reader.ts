/**
 * Reads the `records` table of the compiled form (record-codes.ts) into the flat output, record
 * and id tables, one key at a time, checking every count and reference as it goes.
 */
import { OUTPUT_STRIDE, RECORD_STRIDE } from './automaton';
import { invalidCompiled } from './invalid-compiled';

export interface RecordReader {
  /** Reads the records of the key of the given length that ends next; returns its output. */
  readKey(length: number): number;
  /** The tables read; throws unless the table and both lists were used up. */
  finish(): { outputs: Int32Array; records: Int32Array; idLists: Int32Array };
}

export function createRecordReader(values: Int32Array, idTotal: number, exactTotal: number): RecordReader {
  // A key takes at least four values, a record three and an id one, which bounds the tables (with
  // room for output 0, and for a last key whose records turn out to be missing).
  const outputs = new Int32Array((Math.floor(values.length / 4) + 2) * OUTPUT_STRIDE);
  const records = new Int32Array(Math.floor(values.length / 3) * RECORD_STRIDE);
  const idLists = new Int32Array(values.length);
  let at = 0;
  let outputCount = 1; // output 0 means "none"
  let recordCount = 0;
  let idCount = 0;
  let usedIds = 0;
  let usedExact = 0;
  const next = (): number => (at < values.length ? values[at++]! : invalidCompiled('records table too short'));
  /** A reference of record-codes.ts: a new item must exist, a back reference point at one in use. */
  const resolve = (ref: number, used: number, total: number): number => {
    if (ref < 0 || (ref === 0 ? used >= total : ref > used)) invalidCompiled('reference out of range');
    return used - ref;
  };

  return {
    readKey(length) {
      const output = outputCount++;
      const count = next() + 1;
      if (count < 1) invalidCompiled('record count');
      // Fields as in automaton.ts: length, first record, record count, next output (set later).
      outputs.set([length, recordCount, count], output * OUTPUT_STRIDE);
      for (let r = 0; r < count; r++) {
        const flags = next();
        const exactRef = next();
        const ids = next();
        if (ids < 0) invalidCompiled('id count');
        // Fields as in automaton.ts: flags, exact string or -1, first id, id count.
        records.set([flags, exactRef === 0 ? -1 : resolve(exactRef - 1, usedExact, exactTotal), idCount, ids], recordCount++ * RECORD_STRIDE);
        if (exactRef === 1) usedExact++;
        for (let k = 0; k < ids; k++) {
          const ref = next();
          idLists[idCount++] = resolve(ref, usedIds, idTotal);
          if (ref === 0) usedIds++;
        }
      }
      return output;
    },
    finish() {
      if (at !== values.length || usedIds !== idTotal || usedExact !== exactTotal) invalidCompiled('records table or lists too long');
      return {
        outputs: outputs.slice(0, outputCount * OUTPUT_STRIDE),
        records: records.slice(0, recordCount * RECORD_STRIDE),
        idLists: idLists.slice(0, idCount),
      };
    },
  };
}
