/**
 * A typed view of the parts of a loaded MiniSearch index that run-query.ts reads directly
 * (see there for why), plus per-index scratch space so a query allocates almost nothing.
 * These are internals of the pinned minisearch 7.2; internalsOf returns undefined if they
 * ever change shape, and a unit test fails loudly on upgrade.
 */
import type MiniSearch from 'minisearch';
import type { SearchDocument } from './search-documents';

/** docId → how often the term occurs in the field. */
export type Postings = Map<number, number>;
/** fieldId → postings. */
export type FieldPostings = Map<number, Postings>;

export interface IndexInternals {
  /** The radix tree of every indexed term (all fields share it). */
  _index: {
    get(term: string): FieldPostings | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldPostings]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldPostings, number]>;
  };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  /** One more than the largest short document id. */
  _nextId: number;
  _documentIds: Map<number, string>;
  _storedFields: Map<number, Record<string, unknown> | undefined>;
}

export function internalsOf(engine: MiniSearch<SearchDocument>): IndexInternals | undefined {
  const internals = engine as unknown as Partial<IndexInternals>;
  const usable =
    typeof internals._index?.atPrefix === 'function' &&
    typeof internals._index.fuzzyGet === 'function' &&
    typeof internals._index.get === 'function' &&
    typeof internals._fieldIds === 'object' &&
    internals._fieldLength instanceof Map &&
    Array.isArray(internals._avgFieldLength) &&
    typeof internals._documentCount === 'number' &&
    typeof internals._nextId === 'number' &&
    internals._documentIds instanceof Map &&
    internals._storedFields instanceof Map;
  return usable ? (internals as IndexInternals) : undefined;
}

/**
 * Arrays indexed by short document id, reused by every query on one index. Whoever writes
 * to an entry's slot must set it back to zero before the query returns.
 */
export interface Workspace {
  /** Field lengths by field id: MiniSearch keeps them in a Map per entry, a lookup per posting. */
  lengths: Float64Array[];
  score: Float64Array;
  /** One term's score from fields other than the titles (summed). */
  termScore: Float64Array;
  /** One term's best title match. */
  termTitle: Float64Array;
  matchedCount: Uint8Array;
  matchedThis: Uint8Array;
}

const workspaces = new WeakMap<IndexInternals, Workspace>();

export function workspaceOf(index: IndexInternals): Workspace {
  let workspace = workspaces.get(index);
  if (!workspace) {
    const size = index._nextId;
    const lengths = Object.values(index._fieldIds).map(() => new Float64Array(size));
    for (const [docId, fieldLengths] of index._fieldLength) {
      fieldLengths.forEach((length, fieldId) => {
        const column = lengths[fieldId];
        if (column) column[docId] = length;
      });
    }
    workspace = {
      lengths,
      score: new Float64Array(size),
      termScore: new Float64Array(size),
      termTitle: new Float64Array(size),
      matchedCount: new Uint8Array(size),
      matchedThis: new Uint8Array(size),
    };
    workspaces.set(index, workspace);
  }
  return workspace;
}
