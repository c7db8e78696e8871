/**
 * Graph nodes as the flat records the search index is built from. Lists are joined with
 * newlines so each name stays a unit for the code tokenizer (see search-options.ts).
 */
import { issuedOn } from '../graph/entry-card';
import { indexGraph, linkedNodes, type GraphIndex } from '../graph/graph-index';
import { kindLabelOf, STATUS_LABELS } from '../graph/labels';
import type { DocumentNode, Graph, GraphNode, NodeType } from '../graph/schema';
import { isCjk, textTerms } from './search-text';

export interface SearchDocument {
  id: string;
  type: NodeType;
  name: string;
  /** Other English names (Chinese ones go to `zh`). */
  aliases: string;
  abbreviations: string;
  /** Standard codes and case numbers. */
  codes: string;
  /** Chinese names: the authority's official name and any alias written in Chinese. */
  zh: string;
  /** Full names and abbreviations of whoever issued or decided it, to search by. */
  issuerNames: string;
  topics: string;
  summary: string;
  // Shown in results, not searched:
  /** Short form of the issuer for display ("CAC, MIIT"). */
  issuer?: string;
  date?: string;
  status?: string;
  kindLabel: string;
  /** A law, regulation, rule or judicial interpretation in force or final (not a draft): what a lawyer searching a subject most often means. */
  binding?: true;
}

/** Kinds of document with the force of law, national or local. */
const BINDING_KINDS: ReadonlySet<DocumentNode['kind']> = new Set(['law', 'administrative_regulation', 'departmental_rule', 'judicial_interpretation', 'local_regulation', 'local_government_rule']);

/**
 * A word of summary, topic or issuer text found in more entries than this tells them apart
 * no better than a stop word, yet makes every query containing it walk that many postings;
 * such words are left out of those fields (an entry's own names keep every word). Small
 * graphs lose nothing: the cap only bites on words shared by hundreds of entries.
 */
export function commonWordCap(entryCount: number): number {
  return Math.max(200, Math.ceil(entryCount * 0.02));
}

export function toSearchDocuments(graph: Graph): SearchDocument[] {
  const index = indexGraph(graph);
  const documents = graph.nodes.map((node) => toSearchDocument(node, index));
  const cap = commonWordCap(documents.length);
  for (const field of ['summary', 'topics', 'issuerNames'] as const) {
    const common = wordsInMoreThan(documents.map((document) => document[field]), cap);
    if (common.size === 0) continue;
    for (const document of documents) {
      document[field] = document[field]
        .split('\n')
        .map((line) => textTerms(line).filter((word) => !common.has(word)).join(' '))
        .join('\n');
    }
  }
  return documents;
}

function wordsInMoreThan(texts: readonly string[], cap: number): Set<string> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(textTerms(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count > cap).map(([word]) => word));
}

function toSearchDocument(node: GraphNode, index: GraphIndex): SearchDocument {
  const issuers = linkedNodes(index, node.id, node.type === 'case' ? 'decided_by' : 'issued_by');
  const codes = [node.type === 'document' ? node.code : undefined, node.type === 'case' ? node.caseNumber : undefined];
  return {
    id: node.id,
    type: node.type,
    name: node.name,
    aliases: lines(node.aliases.filter((alias) => !isCjk(alias))),
    abbreviations: lines(node.abbreviations),
    codes: lines(codes),
    zh: lines([node.type === 'authority' ? node.nameZh : undefined, ...node.aliases.filter(isCjk)]),
    issuerNames: lines(issuers.flatMap((issuer) => [issuer.name, ...issuer.abbreviations])),
    topics: lines(node.topics.map((topic) => topicName(topic, index))),
    summary: node.summary,
    issuer: issuers.length > 0 ? issuers.map((issuer) => issuer.abbreviations[0] ?? issuer.name).join(', ') : undefined,
    date: issuedOn(node),
    status: node.type === 'document' ? STATUS_LABELS[node.status] : undefined,
    kindLabel: kindLabelOf(node),
    ...(node.type === 'document' && node.status !== 'draft' && BINDING_KINDS.has(node.kind) ? { binding: true as const } : {}),
  };
}

/** Topics are referred to by id or slug; search by the topic's name where the graph has it. */
function topicName(topic: string, index: GraphIndex): string {
  const node = index.nodesById.get(topic) ?? index.nodesById.get(`topic:${topic}`);
  return node?.name ?? topic.replace(/^topic:/u, '').replace(/-/gu, ' ');
}

function lines(values: readonly (string | undefined)[]): string {
  return values.filter((value): value is string => Boolean(value)).join('\n');
}
