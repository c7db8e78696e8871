/**
 * First pass of loading (see compiled-form.ts), forward over the slots: the `shape` table and
 * the labels become the double array's bases and check entries, and each state where a key
 * ends gets its output, read from the `records` table. A child's check entry is written by its
 * parent, which sits in an earlier slot, so each slot is known to be a state or free by the time
 * the pass reaches it.
 *
 * Everything the scan loop relies on is checked on the way, since it trusts the tables
 * completely: every child slot in range and claimed by one parent only, children in strictly
 * increasing code order, every base small enough that base + any code stays in the table.
 * The shape codes of shape-codes.ts are decoded inline, as this runs once per state, and error
 * messages name no state: a template string in this loop, even one never built, made it half as
 * fast.
 *
 * Until derive-links.ts replaces them (when a scan first enters the state), a state's failure
 * field holds -(depth + 1), and its output field its own output (0 where no key ends).
 */
import { CODE_SPACE, FIRST_CODE } from './alphabet';
import { invalidCompiled } from './invalid-compiled';
import { NODE_BASE, NODE_CHECK, NODE_FAIL, NODE_OUT, NODE_SHIFT, NODE_STRIDE } from './matcher';
import type { RecordReader } from './record-reader';
import { SHAPE_GAP_SHIFT, SHAPE_SEVERAL, SHAPE_TERMINAL } from './shape-codes';

/** Label character → code; 0 (never a valid code) for a character outside the alphabet. */
function labelCodes(alphabet: string): Uint16Array {
  const codeOf = new Uint16Array(0x10000);
  for (let i = 0; i < alphabet.length; i++) codeOf[alphabet.charCodeAt(i)] = FIRST_CODE + i;
  codeOf[0x20] = CODE_SPACE;
  return codeOf;
}

export interface ShapeInput {
  readonly shape: Int32Array;
  readonly labels: string;
  readonly alphabet: string;
  readonly slotCount: number;
  readonly tableSize: number;
  readonly noneWordCode: number;
}

/** Where the first pass is: the slot, and the positions in the labels and the shape table. */
interface Cursor {
  slot: number;
  edge: number;
  at: number;
}

/**
 * A run of plain states is a chain: each one's only child is the next slot, and the next state.
 * Kept small and apart from the rest, as it handles most states: V8 optimises it quickly.
 */
function decodePlainRun(nodes: Int32Array, codeOf: Uint16Array, labels: string, cursor: Cursor, run: number, maxBase: number): void {
  const end = cursor.slot + run; // the caller checked that the run's last child is a slot
  let { slot: s, edge } = cursor;
  for (; s < end; s++, edge++) {
    const sAt = s << NODE_SHIFT;
    const code = codeOf[labels.charCodeAt(edge)]!; // undefined past the end
    const base = s + 1 - code;
    if (!(code > 0) || base < 0 || base > maxBase || nodes[sAt + NODE_STRIDE + NODE_CHECK] !== -1) {
      invalidCompiled('plain state out of range');
    }
    nodes[sAt + NODE_BASE] = base;
    nodes[sAt + NODE_STRIDE + NODE_CHECK] = s;
    nodes[sAt + NODE_STRIDE + NODE_FAIL] = nodes[sAt + NODE_FAIL]! - 1;
  }
  cursor.slot = s;
  cursor.edge = edge;
}

/** A listed state: its shape code, its output if a key ends there, and its children. */
function decodeListed(
  nodes: Int32Array,
  codeOf: Uint16Array,
  input: ShapeInput,
  cursor: Cursor,
  reader: RecordReader,
  maxBase: number,
): void {
  const { shape, labels, slotCount } = input;
  const s = cursor.slot;
  const sAt = s << NODE_SHIFT;
  const code = cursor.at < shape.length ? shape[cursor.at++]! : -1;
  if (code < 0) invalidCompiled('shape table too short, or a negative code');
  const bits = code - 1;
  const count = code === 0 ? 0 : (bits & SHAPE_SEVERAL) === 0 ? 1 : 2 + (cursor.at < shape.length ? shape[cursor.at++]! : -3);
  if (code === 0 ? s !== 0 : (bits & SHAPE_TERMINAL) !== 0) {
    if (s === 0) invalidCompiled('a key ends at the root');
    nodes[sAt + NODE_OUT] = reader.readKey(-nodes[sAt + NODE_FAIL]! - 1);
  }
  if (count === 0) return;
  let edge = cursor.edge;
  if (count < 0 || edge + count > labels.length) invalidCompiled('labels too short');
  const base = s + 1 + (bits >>> SHAPE_GAP_SHIFT) - codeOf[labels.charCodeAt(edge)]!;
  if (base < 0 || base > maxBase) invalidCompiled('base out of range');
  nodes[sAt + NODE_BASE] = base;
  const childDepth = nodes[sAt + NODE_FAIL]! - 1;
  let previous = 0;
  for (const end = edge + count; edge < end; edge++) {
    const code = codeOf[labels.charCodeAt(edge)]!;
    const childAt = (base + code) << NODE_SHIFT;
    // Codes above 0 in increasing order put every child after the state itself.
    if (code <= previous || base + code >= slotCount || nodes[childAt + NODE_CHECK] !== -1) {
      invalidCompiled('children out of order, out of range or claimed twice');
    }
    nodes[childAt + NODE_CHECK] = s;
    nodes[childAt + NODE_FAIL] = childDepth;
    previous = code;
  }
  cursor.edge = edge;
}

export function decodeShape(input: ShapeInput, reader: RecordReader): Int32Array {
  const { shape, labels, slotCount, tableSize } = input;
  const codeOf = labelCodes(input.alphabet);
  const nodes = new Int32Array(tableSize << NODE_SHIFT);
  for (let s = 0; s < tableSize; s++) nodes[(s << NODE_SHIFT) + NODE_CHECK] = -1;
  nodes[NODE_FAIL] = -1; // the root's depth, 0, until the end of the pass
  const maxBase = tableSize - 1 - input.noneWordCode;
  const cursor: Cursor = { slot: 0, edge: 0, at: 0 };
  for (;;) {
    const run = cursor.at < shape.length ? shape[cursor.at++]! : -1;
    if (run < 0) invalidCompiled('shape table too short, or a negative run');
    if (cursor.slot + run >= slotCount) invalidCompiled('plain state out of range');
    decodePlainRun(nodes, codeOf, labels, cursor, run, maxBase);
    decodeListed(nodes, codeOf, input, cursor, reader, maxBase);
    // On to the next state, past free slots.
    let s = cursor.slot + 1;
    while (s < slotCount && nodes[(s << NODE_SHIFT) + NODE_CHECK] === -1) s++;
    if (s >= slotCount) break;
    cursor.slot = s;
  }
  if (cursor.at !== shape.length) invalidCompiled('shape table too long');
  if (cursor.edge !== labels.length) invalidCompiled('labels too long');
  nodes[NODE_FAIL] = 0;
  return nodes;
}
