/**
 * Turns matcher tables (freshly built or decoded) into a Matcher by adding the code table and the
 * word-start filter. No automaton construction happens here; per-record id arrays are made lazily (record-ids.ts).
 */
import { describeAlphabet } from './alphabet';
import { RECORD_STRIDE } from './automaton';
import { buildCodeTable } from './code-table';
import type { Matcher, MatcherTables } from './matcher';
import { buildWordStartFilter } from './word-start-filter';

export function createMatcher(tables: MatcherTables): Matcher {
  const codes = describeAlphabet(tables.alphabet);
  return {
    codeTable: buildCodeTable(tables.alphabet, codes),
    firstWordCode: codes.firstWordCode,
    nodes: tables.nodes,
    wordStarts: buildWordStartFilter(tables.nodes, codes.firstWordCode, codes.noneWordCode),
    outputs: tables.outputs,
    records: tables.records,
    idLists: tables.idLists,
    ids: tables.ids,
    recordIds: new Array<readonly string[] | undefined>(tables.records.length / RECORD_STRIDE),
    exact: tables.exact,
    idCount: tables.ids.length,
    stateCount: tables.slotCount,
  };
}
