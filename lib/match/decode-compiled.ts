/**
 * CompiledDictionary → matcher tables: shape check with zod/mini, a bulk check of the integer
 * lists (count-list.ts), then one pass over the records (read-records.ts) and one over the nodes,
 * which rebuilds the tree (decode-tree.ts). Failure links and output chains are derived later,
 * per state, when a scan first enters it (derive-links.ts).
 */
import { compiledTablesSchema } from './compiled-form';
import { isCountList } from './count-list';
import { decodeTree } from './decode-tree';
import { invalidCompiled } from './invalid-compiled';
import type { MatcherTables } from './matcher';
import { readRecords } from './read-records';

/** A plain loop rather than every(): a callback per item cost milliseconds cold at 10,000 ids. */
function isStringList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

export function decodeCompiled(compiled: unknown): MatcherTables {
  const c = compiledTablesSchema.parse(compiled);
  const lists = compiled as { tree?: unknown; records?: unknown; ids?: unknown; exact?: unknown };
  const { ids, exact } = lists;
  if (!isStringList(ids) || !isStringList(exact)) invalidCompiled('ids and exact must be lists of strings');
  const { tree: treeValues, records: recordValues } = lists;
  if (!Array.isArray(treeValues) || !Array.isArray(recordValues)) invalidCompiled('tree and records must be lists');
  if (!isCountList(treeValues)) invalidCompiled('tree table holds a value that is not a count');
  if (!isCountList(recordValues)) invalidCompiled('records table holds a value that is not a count');
  // The two readers check the structure as they read it.
  const { outputs, records, idLists, keyCount } = readRecords(recordValues, ids.length, exact.length);
  const tree = decodeTree(treeValues, c.labels.length, outputs, keyCount);
  return { alphabet: c.alphabet, labels: c.labels, ...tree, outputs, records, idLists, ids, exact };
}
