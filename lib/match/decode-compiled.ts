/**
 * CompiledDictionary → matcher tables: a check of the header and of every list's type, a bulk
 * check of the integer lists (count-list.ts), then one pass over the records (read-records.ts)
 * and one over the nodes, which rebuilds the tree (decode-tree.ts). Failure links and output
 * chains are derived later, per state, when a scan first enters it (derive-links.ts).
 *
 * The header is checked by hand, not with a zod schema: a compiled form that arrives as a
 * message has passed that schema already (lib/messages.ts), the bundled one is built with the
 * script, and a first zod parse cost every page about 0.8 ms before its first highlight.
 */
import { COMPILED_FORMAT, COMPILED_VERSION } from './compiled-form';
import { isCountList } from './count-list';
import { decodeTree } from './decode-tree';
import { invalidCompiled } from './invalid-compiled';
import type { EncodedFilter } from './filter-codes';
import type { MatcherTables } from './matcher';
import { readRecords } from './read-records';

/** A plain loop rather than every(): a callback per item cost milliseconds cold at 10,000 ids. */
function isStringList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

export interface DecodedDictionary {
  readonly tables: MatcherTables;
  /** The word-start filter as shipped; filter-codes.ts reads it once the alphabet's codes are known. */
  readonly filter: EncodedFilter;
}

export function decodeCompiled(compiled: unknown): DecodedDictionary {
  if (typeof compiled !== 'object' || compiled === null) invalidCompiled('not an object');
  const c = compiled as { variantChars?: unknown; format?: unknown; version?: unknown; alphabet?: unknown; labels?: unknown; tree?: unknown; records?: unknown; ids?: unknown; exact?: unknown; wordStarts?: unknown; wordNexts?: unknown; openStarts?: unknown };
  if (c.format !== COMPILED_FORMAT) invalidCompiled(`not a ${COMPILED_FORMAT} form`);
  if (c.version !== COMPILED_VERSION) invalidCompiled(`version ${typeof c.version === 'number' ? c.version : typeof c.version}, where this version of TMT Lens reads ${COMPILED_VERSION}`);
  if (typeof c.alphabet !== 'string' || typeof c.labels !== 'string') invalidCompiled('alphabet and labels must be strings');
  const { variantChars } = c;
  if (variantChars !== undefined && (typeof variantChars !== 'string' || variantChars.length % 2 !== 0)) invalidCompiled('variantChars must be a string of character pairs');
  const { ids, exact } = c;
  if (!isStringList(ids) || !isStringList(exact)) invalidCompiled('ids and exact must be lists of strings');
  const { tree: treeValues, records: recordValues } = c;
  if (!Array.isArray(treeValues) || !Array.isArray(recordValues)) invalidCompiled('tree and records must be lists');
  if (!isCountList(treeValues)) invalidCompiled('tree table holds a value that is not a count');
  if (!isCountList(recordValues)) invalidCompiled('records table holds a value that is not a count');
  const { wordStarts, wordNexts, openStarts } = c;
  if (!isCountList(wordStarts) || !isCountList(wordNexts) || !isCountList(openStarts)) invalidCompiled('the filter lists must be lists of counts');
  // The two readers check the structure as they read it.
  const { outputs, records, idLists, keyCount } = readRecords(recordValues, ids.length, exact.length);
  const tree = decodeTree(treeValues, c.labels.length, outputs, keyCount);
  return {
    tables: { alphabet: c.alphabet, ...(variantChars ? { variantChars } : {}), labels: c.labels, ...tree, outputs, records, idLists, ids, exact },
    filter: { wordStarts, wordNexts, openStarts },
  };
}
