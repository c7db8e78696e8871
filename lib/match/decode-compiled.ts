/**
 * CompiledDictionary → matcher tables: shape check with zod/mini, then one pass over the records
 * (read-records.ts) and one over the nodes, which rebuilds the tree (decode-tree.ts). Failure links and output chains
 * are derived later, per state, when a scan first enters it (derive-links.ts).
 */
import { compiledTablesSchema } from './compiled-form';
import { decodeTree } from './decode-tree';
import { invalidCompiled } from './invalid-compiled';
import type { MatcherTables } from './matcher';
import { unpackInts } from './packed-ints';
import { readRecords } from './read-records';

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function decodeCompiled(compiled: unknown): MatcherTables {
  const c = compiledTablesSchema.parse(compiled);
  const { ids, exact } = compiled as { ids?: unknown; exact?: unknown };
  if (!isStringList(ids) || !isStringList(exact)) invalidCompiled('ids and exact must be lists of strings');
  const { outputs, records, idLists, keyCount } = readRecords(unpackInts(c.records), ids.length, exact.length);
  const tree = decodeTree(unpackInts(c.tree), c.labels.length, outputs, keyCount);
  return { alphabet: c.alphabet, labels: c.labels, ...tree, outputs, records, idLists, ids, exact };
}
