/**
 * The names the content script looks for: every name, alias, abbreviation, standard code and
 * Chinese name of the entries a reader meets on a page (authorities, documents and cases;
 * topics are themes, not names). Only ids travel with them, never the rest of the graph.
 */
import { KNOWN_DOCUMENTS } from '../knowledge/document-aliases';
import { isPhraseName } from '../knowledge/phrase-names';
import type { DictionaryEntry } from '../match';
import type { Graph } from './schema';

const STANDARD_CODE = /^(?:GB(?:\/[TZ])?|YD\/T|JR\/T|GA\/T|GM\/T|SJ\/T|T\/[A-Z]{2,12})\s?\d/;
const HAN = /\p{Script=Han}/u;

/**
 * A short name a newsletter defines for its own use: one word (an issuer, a place) and a bare
 * document type, or a type and a version ("the “MIIT Measures”", "Zhejiang Guidelines",
 * "Guideline 2.0"). In the newsletter it names one document; on another page it names whichever
 * measures of MIIT that page discusses, so it is searchable in the extension but not highlighted.
 * "Twenty Data Measures" says more than that and stays.
 */
const DOCUMENT_TYPE = '(?:Measures|Opinions|Guidelines|Guideline|Guide|Provisions|Rules|Regulations|Notice|Circular|Plan|Standards?|Specification|Catalogue|Decision|Interpretations?)';
const VERSION = '[Vv]?\\d+(?:\\.\\d+)*';
const LOCAL_SHORT_NAME = new RegExp(`^(?:[^\\s]+ ${DOCUMENT_TYPE}(?: ${VERSION})?|${DOCUMENT_TYPE} ${VERSION})$`);

/** Curated other names of well-known laws (document-aliases.ts) were chosen to be unambiguous. */
const CURATED_ALIASES = new Set(KNOWN_DOCUMENTS.flatMap((document) => document.aliases));

export function isLocalShortName(name: string): boolean {
  return LOCAL_SHORT_NAME.test(name.trim().replace(/\s+/g, ' ')) && !CURATED_ALIASES.has(name);
}

function kindOf(name: string): DictionaryEntry['kind'] {
  if (HAN.test(name)) return 'zh';
  if (STANDARD_CODE.test(name)) return 'code';
  return isPhraseName(name) ? 'phrase' : 'title';
}

export function dictionaryEntriesOf(graph: Graph): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  for (const node of graph.nodes) {
    if (node.type === 'topic') continue;
    const aliases = node.aliases.filter((alias) => !isLocalShortName(alias));
    for (const name of new Set([node.name, ...aliases])) entries.push({ id: node.id, name, kind: kindOf(name) });
    for (const abbreviation of new Set(node.abbreviations)) entries.push({ id: node.id, name: abbreviation, kind: 'abbr' });
    if (node.type === 'document' && node.code) entries.push({ id: node.id, name: node.code, kind: 'code' });
  }
  return entries;
}
