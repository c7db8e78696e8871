/**
 * CompiledDictionary → matcher tables: shape check with zod/mini, unpacking straight into the
 * interleaved state array, then decoding and checking the slots (decode-slots.ts) and the output
 * tables. Nothing is rebuilt.
 */
import { describeAlphabet } from './alphabet';
import { OUTPUT_STRIDE } from './automaton';
import { compiledTablesSchema, type CompiledDictionary } from './compiled-form';
import { NODE_BASE, NODE_CHECK, NODE_FAIL, NODE_OUT, NODE_SHIFT, NODE_STRIDE, type MatcherTables } from './matcher';
import { decodeSlots } from './decode-slots';
import { invalidCompiled } from './invalid-compiled';
import { unpackInto, unpackInts } from './packed-ints';
import { validateOutputs } from './validate-outputs';

/** Expands the sparse list of states that report outputs. */
function fillOutHeads(c: CompiledDictionary, nodes: Int32Array, outputCount: number): void {
  const gaps = unpackInts(c.outSlotGaps);
  const heads = unpackInts(c.outHeads);
  if (gaps.length !== heads.length) invalidCompiled('outHead lists differ');
  let slot = 0;
  for (let i = 0; i < gaps.length; i++) {
    slot += gaps[i]!;
    const head = heads[i]!;
    if (slot < 0 || slot >= c.slotCount || head < 1 || head >= outputCount) invalidCompiled('outHead out of range');
    nodes[(slot << NODE_SHIFT) + NODE_OUT] = head;
  }
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function decodeCompiled(compiled: unknown): MatcherTables {
  const tables = compiledTablesSchema.parse(compiled);
  const { ids, exact } = compiled as { ids?: unknown; exact?: unknown };
  if (!isStringList(ids) || !isStringList(exact)) invalidCompiled('ids and exact must be lists of strings');
  const c: CompiledDictionary = { ...tables, ids, exact };
  const { slotCount, tableSize } = c;
  if (slotCount > tableSize || tableSize > 0x1fffffff) invalidCompiled('table size');
  if (c.base.length !== slotCount || c.check.length !== slotCount || c.fail.length !== slotCount) {
    invalidCompiled('per-slot table length');
  }
  const { firstWordCode, noneWordCode } = describeAlphabet(c.alphabet);
  const nodes = new Int32Array(tableSize << NODE_SHIFT);
  unpackInto(c.base, nodes, NODE_STRIDE, NODE_BASE);
  unpackInto(c.check, nodes, NODE_STRIDE, NODE_CHECK, 1, -1); // stored as slot - parent
  unpackInto(c.fail, nodes, NODE_STRIDE, NODE_FAIL);
  decodeSlots(nodes, slotCount, firstWordCode, noneWordCode);
  for (let s = slotCount; s < tableSize; s++) nodes[(s << NODE_SHIFT) + NODE_CHECK] = -1;
  const result: MatcherTables = {
    alphabet: c.alphabet,
    slotCount,
    nodes,
    outputs: unpackInts(c.outputs),
    records: unpackInts(c.records),
    idLists: unpackInts(c.idLists),
    ids: c.ids,
    exact: c.exact,
  };
  validateOutputs(result);
  fillOutHeads(c, nodes, result.outputs.length / OUTPUT_STRIDE);
  return result;
}
