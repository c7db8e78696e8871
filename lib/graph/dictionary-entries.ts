/**
 * The names the content script looks for: every name, alias, abbreviation, standard code and
 * Chinese name of the entries a reader meets on a page (authorities, documents and cases;
 * topics are themes, not names). Only ids travel with them, never the rest of the graph.
 */
import type { DictionaryEntry } from '../match';
import type { Graph } from './schema';

const STANDARD_CODE = /^(?:GB(?:\/[TZ])?|YD\/T|JR\/T|GA\/T|GM\/T|SJ\/T|T\/[A-Z]{2,12})\s?\d/;
const HAN = /\p{Script=Han}/u;

function kindOf(name: string): DictionaryEntry['kind'] {
  if (HAN.test(name)) return 'zh';
  if (STANDARD_CODE.test(name)) return 'code';
  return 'title';
}

export function dictionaryEntriesOf(graph: Graph): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  for (const node of graph.nodes) {
    if (node.type === 'topic') continue;
    for (const name of new Set([node.name, ...node.aliases])) entries.push({ id: node.id, name, kind: kindOf(name) });
    for (const abbreviation of new Set(node.abbreviations)) entries.push({ id: node.id, name: abbreviation, kind: 'abbr' });
    if (node.type === 'document' && node.code) entries.push({ id: node.id, name: node.code, kind: 'code' });
  }
  return entries;
}
