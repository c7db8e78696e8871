/**
 * Run time: compiled form (already JSON.parse'd, or straight from storage) → Matcher, by decoding
 * the precomputed tables. Throws on a malformed or corrupt compiled form.
 */
import { createMatcher } from './create-matcher';
import { decodeCompiled } from './decode-compiled';
import { decodeFilter } from './filter-codes';
import type { Matcher } from './matcher';

export function loadDictionary(compiled: unknown): Matcher {
  const { tables, filter } = decodeCompiled(compiled);
  return createMatcher(tables, (_tables, _firstWordCode, codeCount) => decodeFilter(filter, codeCount));
}
