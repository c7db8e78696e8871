/** Automaton tables → CompiledDictionary (see compiled-form.ts for the layout). */
import { CODE_SPACE, FIRST_CODE } from './alphabet';
import {
  OUTPUT_FIRST_RECORD,
  OUTPUT_LENGTH,
  OUTPUT_RECORD_COUNT,
  OUTPUT_STRIDE,
  RECORD_EXACT,
  RECORD_FIRST_ID,
  RECORD_FLAGS,
  RECORD_ID_COUNT,
  RECORD_STRIDE,
  type Automaton,
} from './automaton';
import { COMPILED_FORMAT, COMPILED_VERSION, type CompiledDictionary } from './compiled-form';
import { packInts } from './packed-ints';
import { FirstUseList } from './record-codes';
import { encodeShape, isPlain } from './shape-codes';

/** Child slots of every state, ascending (so in code order, as they share the parent's base). */
function childSlots(a: Automaton): number[][] {
  const children: number[][] = Array.from({ length: a.slotCount }, () => []);
  for (let t = 1; t < a.slotCount; t++) {
    const parent = a.check[t]!;
    if (parent >= 0) children[parent]!.push(t);
  }
  return children;
}

function isState(a: Automaton, slot: number): boolean {
  return slot === 0 || a.check[slot]! >= 0;
}

/** Whether a key ends at each state: its first output is as long as the state is deep. */
function terminalStates(a: Automaton): Uint8Array {
  const depth = new Int32Array(a.slotCount);
  const terminal = new Uint8Array(a.slotCount);
  for (let s = 1; s < a.slotCount; s++) {
    if (!isState(a, s)) continue;
    depth[s] = depth[a.check[s]!]! + 1; // parents come first in slot order
    const head = a.outHead[s]!;
    if (head !== 0 && a.outputs[head * OUTPUT_STRIDE + OUTPUT_LENGTH] === depth[s]) terminal[s] = 1;
  }
  return terminal;
}

function labelOf(a: Automaton, code: number): string {
  if (code === CODE_SPACE) return ' ';
  if (code < FIRST_CODE) throw new Error(`Cannot encode transition code ${code}`);
  return a.alphabet[code - FIRST_CODE]!;
}

function encodeShapes(a: Automaton, children: number[][], terminal: Uint8Array): { shape: number[]; labels: string } {
  const shape: number[] = [];
  const labels: string[] = [];
  let plainRun = 0;
  for (let s = 0; s < a.slotCount; s++) {
    if (!isState(a, s)) continue;
    const slots = children[s]!;
    for (const t of slots) labels.push(labelOf(a, t - a.base[s]!));
    const state = { childCount: slots.length, gap: slots.length > 0 ? slots[0]! - s - 1 : 0, terminal: terminal[s] === 1 };
    if (state.childCount === 0 && s !== 0 && !state.terminal) throw new Error(`State ${s} has no children and no key`);
    if (isPlain(state)) {
      plainRun++;
      continue;
    }
    shape.push(plainRun, ...encodeShape(state));
    plainRun = 0;
  }
  return { shape, labels: labels.join('') };
}

/** The records of every state where a key ends, in slot order (as the loader reads them). */
function encodeRecords(a: Automaton, terminal: Uint8Array) {
  const values: number[] = [];
  const ids = new FirstUseList<string>();
  const exact = new FirstUseList<string>();
  for (let s = 1; s < a.slotCount; s++) {
    if (terminal[s] !== 1) continue;
    const output = a.outHead[s]! * OUTPUT_STRIDE;
    const first = a.outputs[output + OUTPUT_FIRST_RECORD]!;
    const count = a.outputs[output + OUTPUT_RECORD_COUNT]!;
    values.push(count - 1);
    for (let r = first; r < first + count; r++) {
      const at = r * RECORD_STRIDE;
      const exactIndex = a.records[at + RECORD_EXACT]!;
      const idCount = a.records[at + RECORD_ID_COUNT]!;
      values.push(a.records[at + RECORD_FLAGS]!, exactIndex < 0 ? 0 : 1 + exact.ref(a.exact[exactIndex]!), idCount);
      const firstId = a.records[at + RECORD_FIRST_ID]!;
      for (let k = firstId; k < firstId + idCount; k++) values.push(ids.ref(a.ids[a.idLists[k]!]!));
    }
  }
  return { values, ids: ids.items, exact: exact.items };
}

export function encodeAutomaton(a: Automaton): CompiledDictionary {
  const children = childSlots(a);
  const terminal = terminalStates(a);
  const { shape, labels } = encodeShapes(a, children, terminal);
  const records = encodeRecords(a, terminal);
  return {
    format: COMPILED_FORMAT,
    version: COMPILED_VERSION,
    alphabet: a.alphabet,
    slotCount: a.slotCount,
    tableSize: a.tableSize,
    shape: packInts(shape),
    labels,
    records: packInts(records.values),
    ids: records.ids,
    exact: records.exact,
  };
}
