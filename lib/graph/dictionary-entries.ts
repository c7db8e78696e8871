/**
 * The names the content script looks for: every name, alias, abbreviation, standard code and
 * Chinese name of the entries a reader meets on a page (authorities, documents and cases;
 * topics are themes, not names). Only ids travel with them, never the rest of the graph.
 */
import { KNOWN_DOCUMENTS } from '../knowledge/document-aliases';
import { isPhraseName } from '../knowledge/phrase-names';
import { courtNameVariants } from './court-name-variants';
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

/** An acronym (two capitals or more): "SCC", "GenAI", "MIIT". */
const ACRONYM = /^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$/;

/**
 * Whether a short name is a newsletter's own, by the rule above. One exception: a head word that
 * is an acronym of what the document is about ("SCC Measures", "GenAI Measures") rather than of a
 * body (`bodyAbbreviations`: "MIIT Measures", "SPC Opinions") says which document it is.
 */
export function isLocalShortName(name: string, bodyAbbreviations: ReadonlySet<string>): boolean {
  const written = name.trim().replace(/\s+/g, ' ');
  if (!LOCAL_SHORT_NAME.test(written) || CURATED_ALIASES.has(name)) return false;
  const words = written.split(' ');
  return !(words.length === 2 && ACRONYM.test(words[0]!) && !bodyAbbreviations.has(words[0]!));
}

/** Every body's abbreviation in the graph ("MIIT", "SPC", "NEA"). */
export function bodyAbbreviationsOf(graph: Graph): Set<string> {
  return new Set(graph.nodes.flatMap((node) => (node.type === 'authority' ? node.abbreviations : [])));
}

/**
 * An edition's name carries its year ("White Paper on Metaverse (2023)"); without the year
 * ("White Paper on Metaverse") the name is the series', and a page that uses it may mean another
 * year's edition, so it too is searchable but not highlighted.
 */
const EDITION_YEAR = /\((?:19|20)\d\d\)\s*$/;
const ANY_YEAR = /\b(?:19|20)\d\d\b/;

export function isSeriesName(alias: string, editionName: string): boolean {
  return EDITION_YEAR.test(editionName) && !ANY_YEAR.test(alias);
}

const PARTIES = /^(\S.*?) (?:v\.?|vs\.?) (\S.*)$/;

function partyVariants(name: string): string[] {
  const parties = PARTIES.exec(name);
  if (!parties) return [];
  const [, plaintiff, defendant] = parties;
  return ['v.', 'v', 'vs.', 'vs'].map((joiner) => `${plaintiff} ${joiner} ${defendant}`);
}

/**
 * How translators render one body's name (国家 as "State" or "National", 委员会 as "Commission" or
 * "Committee"): "State Administration for Market Regulation" is also found as "National
 * Administration for Market Regulation". Only names of three words or more, and State/National
 * only as the first word: "State Council" is not a "National Council", nor the Ministry of State
 * Security one of National Security.
 */
function authorityVariants(name: string): string[] {
  if (HAN.test(name) || name.split(/\s+/).length < 3) return [];
  const firsts = /^(?:State|National) /.test(name) ? [name, name.replace(/^(State|National) /, (_, word: string) => (word === 'State' ? 'National ' : 'State '))] : [name];
  const variants = firsts.flatMap((first) => (/\b(?:Commission|Committee)\b/.test(first) ? [first, first.replace(/\b(Commission|Committee)\b/g, (word) => (word === 'Commission' ? 'Committee' : 'Commission'))] : [first]));
  return variants.filter((variant) => variant !== name);
}

function kindOf(name: string): DictionaryEntry['kind'] {
  if (HAN.test(name)) return 'zh';
  if (STANDARD_CODE.test(name)) return 'code';
  return isPhraseName(name) ? 'phrase' : 'title';
}

/** A standard's code with its edition's year: "GB/T 35273-2020". */
const CODE_WITH_YEAR = /^(.*\d)\s*[-–—]\s*((?:19|20)\d\d)$/;

/** The standard a dated code is an edition of ("GB/T35273" for "GB/T 35273-2020") and the edition's year, or undefined. */
export function standardEditionOf(code: string): { standard: string; year: number; undated: string } | undefined {
  const edition = CODE_WITH_YEAR.exec(code.trim());
  if (!edition || !STANDARD_CODE.test(edition[1]!)) return undefined;
  return { standard: edition[1]!.replace(/\s+/g, '').toUpperCase(), year: Number(edition[2]), undated: edition[1]! };
}

export function dictionaryEntriesOf(graph: Graph): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  // A standard cited without its year means its latest edition (an undated reference applies the
  // latest edition): "GB/T 35273" is the 2020 edition while the graph also holds the 2017 one.
  const latestEdition = new Map<string, { year: number; id: string; code: string }>();
  const bodyAbbreviations = bodyAbbreviationsOf(graph);
  for (const node of graph.nodes) {
    if (node.type === 'topic') continue;
    const aliases = node.aliases.filter((alias) => !isLocalShortName(alias, bodyAbbreviations) && !isSeriesName(alias, node.name));
    const names = [node.name, ...aliases];
    // A case by its parties is written "Li v. Liu", "Li v Liu" or "Li vs. Liu".
    if (node.type === 'case') names.push(...names.flatMap(partyVariants));
    if (node.type === 'authority') names.push(...names.flatMap(authorityVariants), ...names.flatMap(courtNameVariants));
    for (const name of new Set(names)) entries.push({ id: node.id, name, kind: kindOf(name) });
    for (const abbreviation of new Set(node.abbreviations)) entries.push({ id: node.id, name: abbreviation, kind: 'abbr' });
    if (node.type === 'document' && node.code) {
      entries.push({ id: node.id, name: node.code, kind: 'code' });
      const edition = standardEditionOf(node.code);
      if (edition) {
        const known = latestEdition.get(edition.standard);
        if (!known || edition.year > known.year) latestEdition.set(edition.standard, { year: edition.year, id: node.id, code: edition.undated });
      }
    }
  }
  for (const { id, code } of latestEdition.values()) entries.push({ id, name: code, kind: 'code' });
  return entries;
}
