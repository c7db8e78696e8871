/**
 * Scores the parsed graph against hand-made labels of a newsletter: a labelled entity is
 * found when a node of its type, sourced from that newsletter, carries one of its names.
 */
import type { Graph, GraphNode } from '../../../lib/graph/schema';
import { nameKey } from '../../../lib/parse/normalize';

export interface LabelledEntity {
  name: string;
  names: string[];
  status?: string;
  uncertain?: boolean;
}
export interface Labels {
  newsletter: string;
  authorities: LabelledEntity[];
  documents: LabelledEntity[];
  cases: LabelledEntity[];
}

export interface Score {
  type: 'authority' | 'document' | 'case';
  labelled: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  misses: string[];
  falsePositives: string[];
}


function keysOf(node: GraphNode): Set<string> {
  return new Set([node.name, ...node.aliases, ...node.abbreviations].map(nameKey));
}

export function scoreAgainstLabels(graph: Graph, labels: Labels): Score[] {
  const groups = [
    ['authority', labels.authorities],
    ['document', labels.documents],
    ['case', labels.cases],
  ] as const;
  return groups.map(([type, entities]) => {
    const predicted = graph.nodes.filter((node) => node.type === type && node.sources.some((s) => s.newsletter === labels.newsletter));
    const nodeKeys = predicted.map((node) => ({ node, keys: keysOf(node) }));
    const matchedNodes = new Set<string>();
    let duplicates = 0;
    const misses: string[] = [];
    let found = 0;
    const certain = entities.filter((entity) => !entity.uncertain).length;
    for (const entity of entities) {
      const names = new Set(entity.names.map(nameKey));
      const hits = nodeKeys.filter(({ keys }) => [...names].some((name) => keys.has(name)));
      if (hits.length > 0) {
        if (!entity.uncertain) found++;
        // One entity is one node: a second node for it is a duplicate, counted against precision.
        for (const { node } of hits) matchedNodes.add(node.id);
        duplicates += hits.length - 1;
      } else if (!entity.uncertain) {
        misses.push(entity.name);
      } else {
        misses.push(`${entity.name} (uncertain)`);
      }
    }
    // Nodes matching an uncertain label are neither rewarded nor punished beyond the match.
    const falsePositives = predicted.filter((node) => !matchedNodes.has(node.id)).map((node) => node.name);
    const truePositives = matchedNodes.size - duplicates;
    return {
      type,
      labelled: entities.length,
      predicted: predicted.length,
      truePositives,
      precision: predicted.length === 0 ? 1 : truePositives / predicted.length,
      // Uncertain labels may be matched (and then count for precision) but are not owed.
      recall: certain === 0 ? 1 : found / certain,
      misses,
      falsePositives,
    };
  });
}

/** The facts labelled for a document: what the newsletter says about it. */
export interface LabelledDocumentFacts extends LabelledEntity {
  status: string;
  /** Names of labelled authorities (their `name`) that the text says issued it. */
  issuers: string[];
  issued?: string;
  commentDate?: string;
  effective?: string;
  /** The document's place in the hierarchy; "unknown" where the labeller could not tell. */
  rank: string;
  /** Parts of acceptable one-line sentences; "Mentioned in" accepts the mentioned-in line. */
  lines: string[];
}

export interface FactTally {
  right: number;
  total: number;
  misses: string[];
}

export interface FactScores {
  documents: number;
  status: FactTally;
  issuerRecall: FactTally;
  issuerPrecision: FactTally;
  issued: FactTally;
  commentDate: FactTally;
  effective: FactTally;
  rank: FactTally;
  oneLine: FactTally;
}

function tally(): FactTally {
  return { right: 0, total: 0, misses: [] };
}

function count(fact: FactTally, right: boolean, miss: string): void {
  fact.total++;
  if (right) fact.right++;
  else fact.misses.push(miss);
}

export function emptyFactScores(): FactScores {
  return {
    documents: 0,
    status: tally(),
    issuerRecall: tally(),
    issuerPrecision: tally(),
    issued: tally(),
    commentDate: tally(),
    effective: tally(),
    rank: tally(),
    oneLine: tally(),
  };
}

export function addFactScores(into: FactScores, from: FactScores): void {
  into.documents += from.documents;
  for (const key of ['status', 'issuerRecall', 'issuerPrecision', 'issued', 'commentDate', 'effective', 'rank', 'oneLine'] as const) {
    into[key].right += from[key].right;
    into[key].total += from[key].total;
    into[key].misses.push(...from[key].misses);
  }
}

/** The node the graph made for a labelled document: the one carrying its label name, else the first match. */
function nodeFor(graph: Graph, newsletter: string, entity: LabelledEntity): GraphNode | undefined {
  const names = new Set(entity.names.map(nameKey));
  const matches = graph.nodes.filter(
    (node) => node.type === 'document' && node.sources.some((s) => s.newsletter === newsletter) && [...keysOf(node)].some((key) => names.has(key)),
  );
  return matches.find((node) => node.name === entity.name) ?? matches.find((node) => keysOf(node).has(nameKey(entity.name))) ?? matches[0];
}

/**
 * Scores the facts of each labelled document the graph found (a missed document is the
 * entity recall's concern, not the facts'). The one line is the line a view shows.
 */
export function scoreFacts(graph: Graph, labels: Labels, shownLine: (node: GraphNode) => string): FactScores {
  const scores = emptyFactScores();
  const authorities = new Map(labels.authorities.map((authority) => [authority.name, new Set(authority.names.map(nameKey))]));
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  for (const label of labels.documents as LabelledDocumentFacts[]) {
    if (label.uncertain) continue;
    const node = nodeFor(graph, labels.newsletter, label);
    if (!node || node.type !== 'document') continue;
    scores.documents++;
    const name = label.name.slice(0, 70);
    count(scores.status, node.status === label.status, `${name}: ${node.status}, labelled ${label.status}`);

    const issuerNodes = graph.edges
      .filter((edge) => edge.type === 'issued_by' && edge.source === node.id && edge.sources.some((s) => s.newsletter === labels.newsletter))
      .map((edge) => byId.get(edge.target))
      .filter((issuer): issuer is GraphNode => issuer !== undefined);
    const labelled = label.issuers.map((issuer) => ({ issuer, keys: authorities.get(issuer) ?? new Set([nameKey(issuer)]) }));
    for (const { issuer, keys } of labelled) {
      const found = issuerNodes.some((candidate) => [...keysOf(candidate)].some((key) => keys.has(key)));
      count(scores.issuerRecall, found, `${name}: issuer ${issuer} not found`);
    }
    for (const candidate of issuerNodes) {
      const right = labelled.some(({ keys }) => [...keysOf(candidate)].some((key) => keys.has(key)));
      count(scores.issuerPrecision, right, `${name}: issuer ${candidate.name} not labelled`);
    }

    count(scores.issued, node.issued === label.issued, `${name}: issued ${node.issued ?? '–'}, labelled ${label.issued ?? '–'}`);
    const commentDate = (node as { commentDate?: string }).commentDate;
    count(scores.commentDate, commentDate === label.commentDate, `${name}: for comment ${commentDate ?? '–'}, labelled ${label.commentDate ?? '–'}`);
    count(scores.effective, node.effective === label.effective, `${name}: effective ${node.effective ?? '–'}, labelled ${label.effective ?? '–'}`);
    if (label.rank !== 'unknown') count(scores.rank, node.kind === label.rank, `${name}: ${node.kind}, labelled ${label.rank}`);

    const line = shownLine(node);
    const about = label.lines.some((part) => (part === 'Mentioned in' ? line.startsWith('Mentioned in') : line.includes(part)));
    count(scores.oneLine, about, `${name}: “${line.slice(0, 110)}”`);
  }
  return scores;
}
