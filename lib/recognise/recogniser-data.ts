/**
 * Builds what the page recognisers ship with (build time, and the background for imports): the
 * variant-title table of the graph's documents and its cases by number.
 */
import { bodyAbbreviationsOf, isLocalShortName, isSeriesName, standardEditionOf } from '../graph/dictionary-entries';
import type { Graph } from '../graph/schema';
import { caseNumberKey, parseCaseNumber } from './case-numbers';
import { buildAmendments } from './cited-amendments';
import { buildEditionYears } from './cited-editions';
import { numberKeysOf } from './document-numbers';
import type { RecogniserData } from './page-recogniser';
import { buildTitleTable } from './title-table';
import { PLACES_ZH } from '../knowledge/chinese-places';
import { PHRASE_NAMES } from '../knowledge/phrase-names';
import { buildLocalBodyData } from './page-local-bodies';
import { buildPinyinNumbers } from './pinyin-numbers';
import { contentWordsOf, phraseSignatureKey } from './title-signature';
import { buildZhTitleData } from './zh-near-titles';

const HAN = /\p{Script=Han}/u;

/** `charVariants`: traditional forms of characters (build time; see lib/build/traditional-chars.ts). */
export function buildRecogniserData(graph: Graph, charVariants?: (characters: string) => string, pinyinOf?: (han: string) => string): RecogniserData {
  const bodyAbbreviations = bodyAbbreviationsOf(graph);
  const titles = graph.nodes.flatMap((node) =>
    node.type === 'document'
      ? [{ id: node.id, draft: node.status === 'draft', names: [node.name, ...node.aliases.filter((alias) => !HAN.test(alias) && !isLocalShortName(alias, bodyAbbreviations) && !isSeriesName(alias, node.name))] }]
      : [],
  );
  const cases: Record<string, string> = {};
  for (const node of graph.nodes) {
    if (node.type !== 'case') continue;
    for (const name of [node.caseNumber, node.name, ...node.aliases]) {
      const parsed = name ? parseCaseNumber(name) : undefined;
      if (parsed) cases[caseNumberKey(parsed)] = node.id;
    }
  }
  // A final instrument's draft, where the graph keeps the two apart (a draft marker on the page names the draft).
  const drafts: Record<string, string> = {};
  for (const edge of graph.edges) if (edge.type === 'draft_of') drafts[edge.target] = edge.source;
  const zh = buildZhTitleData(graph.nodes.flatMap((node) => (node.type === 'document' ? [{ id: node.id, names: [...(node.nameZh ? [node.nameZh] : []), ...node.aliases] }] : [])), charVariants);
  const acronymEntries: Record<string, string[]> = {};
  for (const node of graph.nodes) {
    if (node.type !== 'authority' || node.abbreviations.length === 0) continue;
    acronymEntries[node.id] = [...new Set([node.name, ...node.aliases].filter((name) => !HAN.test(name)).flatMap(contentWordsOf))];
  }
  const years = new Map(graph.nodes.flatMap((node) => (node.type === 'document' ? [[node.id, yearOf(node.adopted ?? node.issued ?? node.effective)] as const] : [])));
  const amendments = buildAmendments(graph.edges, (id) => years.get(id));
  return {
    ...buildTitleTable(titles),
    cases,
    drafts,
    zh,
    acronymEntries,
    editions: editionsOf(graph),
    numbers: numbersOf(graph),
    editionYears: buildEditionYears(titles.filter((title) => !title.draft)),
    ...(Object.keys(amendments).length > 0 ? { amendments } : {}),
    phraseSignatures: [...new Set(PHRASE_NAMES.flatMap((name) => phraseSignatureKey(name) ?? []))],
    ...(pinyinOf ? { pinyinNumbers: buildPinyinNumbers(graph.nodes.flatMap((node) => (node.type === 'topic' ? [] : [{ id: node.id, names: [...node.aliases, ...(node.type === 'document' && node.code ? [node.code] : [])] }])), pinyinOf) } : {}),
    localBodies: buildLocalBodyData(
      graph.nodes.flatMap((node) => (node.type === 'authority' ? [{ id: node.id, names: [...(node.nameZh ? [node.nameZh] : []), ...node.aliases.filter((alias) => HAN.test(alias))] }] : [])),
      PLACES_BY_LEVEL,
    ),
  };
}

/** PLACES_ZH by level: its first 31 are the provincial-level divisions, of which four are cities (直辖市). */
const MUNICIPALITIES = ['北京', '上海', '天津', '重庆'];
const PLACES_BY_LEVEL = {
  省: PLACES_ZH.slice(0, 31).filter((place) => !MUNICIPALITIES.includes(place)),
  市: [...MUNICIPALITIES, ...PLACES_ZH.slice(31).filter((place) => place !== '浦东' && place !== '临港')],
};

function yearOf(date: string | undefined): number | undefined {
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

/** How a body's name is looked up: Chinese as written, English in lower case without "the". */
function bodyKey(name: string): string {
  return HAN.test(name) ? name : name.toLowerCase().replace(/^the\s+/, '');
}

/** Documents the graph's names give an order or announcement number: number key → document id. */
function numbersOf(graph: Graph): Record<string, string> {
  const bodies = new Map<string, string>();
  for (const node of graph.nodes) {
    if (node.type !== 'authority') continue;
    // A former name's numbers are another series (信息产业部令第33号 is not MIIT's order No. 33).
    const former = new Set((node.formerNames ?? []).flatMap((entry) => [entry.name, ...(entry.nameZh ? [entry.nameZh] : [])]));
    for (const name of [node.name, ...node.aliases, ...node.abbreviations, ...(node.nameZh ? [node.nameZh] : [])]) {
      if (former.has(name)) continue;
      const key = bodyKey(name);
      if (!bodies.has(key)) bodies.set(key, node.id);
    }
  }
  const bodyId = (name: string) => bodies.get(bodyKey(name));
  const numbers: Record<string, string> = {};
  for (const node of graph.nodes) {
    if (node.type !== 'document') continue;
    for (const key of numberKeysOf([node.name, ...node.aliases, ...(node.nameZh ? [node.nameZh] : [])], bodyId)) numbers[key] ??= node.id;
  }
  return numbers;
}

/** Editions of standards the graph holds more than one of: document id → the standard (its undated code). */
function editionsOf(graph: Graph): Record<string, string> {
  const byStandard = new Map<string, string[]>();
  for (const node of graph.nodes) {
    const edition = node.type === 'document' && node.code ? standardEditionOf(node.code) : undefined;
    if (edition) byStandard.set(edition.standard, [...(byStandard.get(edition.standard) ?? []), node.id]);
  }
  const editions: Record<string, string> = {};
  for (const [standard, ids] of byStandard) if (ids.length > 1) for (const id of ids) editions[id] = standard;
  return editions;
}
