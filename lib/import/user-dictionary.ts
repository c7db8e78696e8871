/**
 * The names the content script must learn from the user's imports: every name of an entry that
 * an import contributed to, except those the bundled dictionary already maps to the same entry.
 * The background compiles them (lib/ext/user-graph.ts) and the content script loads them next
 * to the precompiled bundled dictionary.
 */
import { dictionaryEntriesOf } from '../graph/dictionary-entries';
import type { Graph } from '../graph/schema';
import type { DictionaryEntry } from '../match/types';
import { foldName } from '../parse/normalize';
import { isImportedSource } from '../graph/entry-origin';

export function userDictionaryEntries(bundled: Graph, merged: Graph): DictionaryEntry[] {
  const key = (entry: DictionaryEntry) => `${entry.id}\u0000${entry.kind}\u0000${foldName(entry.name)}`;
  const known = new Set(dictionaryEntriesOf(bundled).map(key));
  const imported = merged.nodes.filter((node) => node.sources.some(isImportedSource));
  const seen = new Set<string>();
  return dictionaryEntriesOf({ version: 1, nodes: imported, edges: [] }).filter((entry) => {
    const entryKey = key(entry);
    if (known.has(entryKey) || seen.has(entryKey)) return false;
    seen.add(entryKey);
    return true;
  });
}
