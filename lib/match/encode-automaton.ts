/** Automaton tables → CompiledDictionary (see compiled-form.ts for the field meanings). */
import { describeAlphabet } from './alphabet';
import type { Automaton } from './automaton';
import { COMPILED_FORMAT, COMPILED_VERSION, type CompiledDictionary } from './compiled-form';
import { packInts } from './packed-ints';
import { encodeBase, encodeFail, predictFail } from './slot-codecs';

function sparseOutHeads(outHead: Int32Array, slotCount: number): { gaps: number[]; heads: number[] } {
  const gaps: number[] = [];
  const heads: number[] = [];
  let previous = 0;
  for (let slot = 0; slot < slotCount; slot++) {
    const head = outHead[slot]!;
    if (head === 0) continue;
    gaps.push(slot - previous);
    heads.push(head);
    previous = slot;
  }
  return { gaps, heads };
}

export function encodeAutomaton(a: Automaton): CompiledDictionary {
  const { gaps, heads } = sparseOutHeads(a.outHead, a.slotCount);
  const { firstWordCode } = describeAlphabet(a.alphabet);
  const base = new Int32Array(a.slotCount);
  const check = new Int32Array(a.slotCount);
  const fail = new Int32Array(a.slotCount);
  const baseOf = (s: number) => a.base[s]!;
  const failOf = (s: number) => a.fail[s]!;
  for (let s = 0; s < a.slotCount; s++) {
    base[s] = encodeBase(a.base[s]!, s, firstWordCode);
    check[s] = s - a.check[s]!;
    fail[s] = encodeFail(a.fail[s]!, predictFail(s, a.check[s]!, baseOf, failOf));
  }
  return {
    format: COMPILED_FORMAT,
    version: COMPILED_VERSION,
    alphabet: a.alphabet,
    slotCount: a.slotCount,
    tableSize: a.tableSize,
    base: packInts(base),
    check: packInts(check),
    fail: packInts(fail),
    outSlotGaps: packInts(gaps),
    outHeads: packInts(heads),
    outputs: packInts(a.outputs),
    records: packInts(a.records),
    idLists: packInts(a.idLists),
    ids: [...a.ids],
    exact: [...a.exact],
  };
}
