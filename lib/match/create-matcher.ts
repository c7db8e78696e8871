/**
 * Turns matcher tables (freshly built or decoded) into a Matcher by adding the code table, the
 * per-state index (index-states.ts) and the word-start filter, which the caller makes: derived
 * for built tables (buildWordStartFilter), read from a compiled form (filter-codes.ts). Passing
 * it in keeps the derivation out of the content script, which only reads. Failure links are left
 * to first use (derive-links.ts); per-record id arrays are made lazily (record-ids.ts).
 */
import { describeAlphabet } from './alphabet';
import { RECORD_STRIDE } from './automaton';
import { buildCodeTable } from './code-table';
import { indexStates } from './index-states';
import { STATE_FAIL, type Matcher, type MatcherTables } from './matcher';
import type { FilterTables, WordStartFilter } from './word-start-filter';

export type FilterMaker = (tables: FilterTables, firstWordCode: number, codeCount: number) => WordStartFilter;

export function createMatcher(t: MatcherTables, makeFilter: FilterMaker): Matcher {
  const codes = describeAlphabet(t.alphabet);
  const codeTable = buildCodeTable(t.alphabet, codes, t.variantChars);
  const index = indexStates(t, codeTable, codes);
  const stateCount = t.labels.length + 1;
  // The root is finished from the start: it fails to itself.
  index.states[STATE_FAIL] = 1;
  const filter = makeFilter({ ...t, edgeCode: index.edgeCode, codeTable }, codes.firstWordCode, codes.noneWordCode + 1);
  return {
    alphabet: t.alphabet,
    ...(t.variantChars ? { variantChars: t.variantChars } : {}),
    labels: t.labels,
    firstEdge: t.firstEdge,
    labelStart: t.labelStart,
    nodeOutput: t.nodeOutput,
    outputs: t.outputs,
    records: t.records,
    idLists: t.idLists,
    ids: t.ids,
    exact: t.exact,
    codeTable,
    firstWordCode: codes.firstWordCode,
    wordStarts: filter.wordStarts,
    wordNexts: filter.wordNexts,
    openStarts: filter.openStarts,
    edgeCode: index.edgeCode,
    rootNext: index.rootNext,
    states: index.states,
    recordIds: new Array<readonly string[] | undefined>(t.records.length / RECORD_STRIDE),
    idCount: t.ids.length,
    nodeCount: t.firstEdge.length - 1,
    stateCount,
  };
}
