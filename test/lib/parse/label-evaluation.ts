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
