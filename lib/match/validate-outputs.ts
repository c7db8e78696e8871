/**
 * Checks the output and record tables of a decoded dictionary: every index in range and every
 * output chain ending, so reporting a match can neither read garbage nor loop.
 */
import {
  OUTPUT_FIRST_RECORD,
  OUTPUT_LENGTH,
  OUTPUT_NEXT,
  OUTPUT_RECORD_COUNT,
  OUTPUT_STRIDE,
  RECORD_EXACT,
  RECORD_FIRST_ID,
  RECORD_ID_COUNT,
  RECORD_STRIDE,
} from './automaton';
import type { MatcherTables } from './matcher';
import { invalidCompiled } from './invalid-compiled';

export function validateOutputs(t: MatcherTables): void {
  const { outputs, records, idLists } = t;
  if (outputs.length % OUTPUT_STRIDE !== 0 || records.length % RECORD_STRIDE !== 0) invalidCompiled('table stride');
  const recordCount = records.length / RECORD_STRIDE;
  for (let o = 1; o < outputs.length / OUTPUT_STRIDE; o++) {
    const at = o * OUTPUT_STRIDE;
    const first = outputs[at + OUTPUT_FIRST_RECORD]!;
    if (outputs[at + OUTPUT_LENGTH]! < 1) invalidCompiled(`output ${o} has no length`);
    if (first < 0 || first + outputs[at + OUTPUT_RECORD_COUNT]! > recordCount) invalidCompiled(`output ${o} records`);
    // Outputs are emitted in breadth-first order, so a chain only ever points backwards.
    const next = outputs[at + OUTPUT_NEXT]!;
    if (next < 0 || next >= o) invalidCompiled(`output ${o} chain`);
  }
  for (let at = 0; at < records.length; at += RECORD_STRIDE) {
    const exact = records[at + RECORD_EXACT]!;
    if (exact < -1 || exact >= t.exact.length) invalidCompiled('record exact index');
    const first = records[at + RECORD_FIRST_ID]!;
    if (first < 0 || first + records[at + RECORD_ID_COUNT]! > idLists.length) invalidCompiled('record ids');
  }
  for (let i = 0; i < idLists.length; i++) {
    if (idLists[i]! < 0 || idLists[i]! >= t.ids.length) invalidCompiled('id index');
  }
}
