/**
 * CompiledDictionary → matcher tables: shape check with zod/mini, then one forward pass over the
 * slots that rebuilds the double array and reads the records (decode-shape.ts). Failure links
 * and output chains are derived later, per state, when a scan first enters it (derive-links.ts).
 * Nothing is placed or sorted:
 * the slow part of compiling, the layout, is what the compiled form keeps.
 */
import { describeAlphabet } from './alphabet';
import { compiledTablesSchema } from './compiled-form';
import { decodeShape } from './decode-shape';
import { invalidCompiled } from './invalid-compiled';
import type { MatcherTables } from './matcher';
import { unpackInts } from './packed-ints';
import { createRecordReader } from './record-reader';

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function decodeCompiled(compiled: unknown): MatcherTables {
  const c = compiledTablesSchema.parse(compiled);
  const { ids, exact } = compiled as { ids?: unknown; exact?: unknown };
  if (!isStringList(ids) || !isStringList(exact)) invalidCompiled('ids and exact must be lists of strings');
  const { alphabet, slotCount, tableSize } = c;
  const { noneWordCode } = describeAlphabet(alphabet);
  // Every base is below slotCount, so a larger table would only be padding (or a corrupt size).
  if (tableSize < slotCount || tableSize > slotCount + noneWordCode) invalidCompiled('table size');
  const reader = createRecordReader(unpackInts(c.records), ids.length, exact.length);
  const nodes = decodeShape({ shape: unpackInts(c.shape), labels: c.labels, alphabet, slotCount, tableSize, noneWordCode }, reader);
  const { outputs, records, idLists } = reader.finish();
  return { alphabet, slotCount, nodes, outputs, records, idLists, ids, exact };
}
