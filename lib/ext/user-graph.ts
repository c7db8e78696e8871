/**
 * The user's imports as graph data, for the background, side panel, popup and options page:
 *
 * - getUserGraph(): the imports' own nodes and edges, merged with each other, nothing else;
 * - getMergedGraph(): the bundled graph with the user graph merged in (lib/import/merge-graphs);
 * - getUserDictionaryEntries(): imported names the bundled dictionary lacks;
 * - getCompiledUserDictionary(): those names compiled for the content script's second matcher
 *   (it asks the background, which calls this), or null when there are none. Compiling here
 *   keeps the compiler out of the content script, which only decodes.
 * - watchUserData(): calls back when imports or notes change, in any context.
 *
 * Results are computed once per context and recomputed after the imports change. This module
 * carries the bundled graph and full zod: keep it out of the content script.
 */
import bundledGraphJson from 'virtual:tmt-lens/graph';
import { unpackGraph } from '../graph/packed-graph';
import type { Graph } from '../graph/schema';
import { mergeGraphs } from '../import/merge-graphs';
import { mergeImports } from '../import/merge-imports';
import { userDictionaryEntries } from '../import/user-dictionary';
import { ZH_EXCLUSIONS } from '../knowledge/zh-exclusions';
import { compileDictionary } from '../match/compile-dictionary';
import type { CompiledDictionary } from '../match/compiled-form';
import type { DictionaryEntry } from '../match/types';
import { readUserData, watchUserDataChanges, type UserDataChange } from './user-data-store';

export { getNote, getNotes, saveNote } from './user-data-store';
export type { UserDataChange } from './user-data-store';

interface Derived {
  user: Graph;
  merged: Graph;
  entries?: DictionaryEntry[];
  /** Every tab asks on every page load, so the compiled form is kept until the imports change. */
  compiled?: CompiledDictionary | null;
}

let bundled: Graph | undefined;
let derived: Promise<Derived> | undefined;
let stopInvalidating: (() => void) | undefined;

/** The bundled graph, parsed once per context (graph-store can take it from here too). */
export function getBundledGraph(): Graph {
  bundled ??= unpackGraph(bundledGraphJson);
  return bundled;
}

function derive(): Promise<Derived> {
  stopInvalidating ??= watchUserDataChanges(invalidate);
  derived ??= readUserData().then(
    (state) => {
      const user = mergeImports(state.data.imports);
      return { user, merged: mergeGraphs(getBundledGraph(), user) };
    },
    (error: unknown) => {
      derived = undefined;
      throw error;
    },
  );
  return derived;
}

function invalidate(change: UserDataChange): void {
  if (change.imports) derived = undefined;
}

export async function getUserGraph(): Promise<Graph> {
  return (await derive()).user;
}

export async function getMergedGraph(): Promise<Graph> {
  return (await derive()).merged;
}

function entriesOf(current: Derived): DictionaryEntry[] {
  current.entries ??= userDictionaryEntries(getBundledGraph(), current.merged);
  return current.entries;
}

export async function getUserDictionaryEntries(): Promise<DictionaryEntry[]> {
  return entriesOf(await derive());
}

export async function getCompiledUserDictionary(): Promise<CompiledDictionary | null> {
  const current = await derive();
  if (current.compiled === undefined) {
    const entries = entriesOf(current);
    current.compiled = entries.length === 0 ? null : compileDictionary({ entries, zhExclusions: ZH_EXCLUSIONS });
  }
  return current.compiled;
}

/** Fires when imports or notes change. The caches above are already cleared when it fires. */
export function watchUserData(callback: (change: UserDataChange) => void): () => void {
  return watchUserDataChanges((change) => {
    if (!change.imports && !change.notes) return;
    invalidate(change);
    callback(change);
  });
}
