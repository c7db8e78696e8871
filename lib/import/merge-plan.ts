/**
 * Decides, before anything is changed, what merging one graph into another does: which
 * incoming entries are existing ones (and by which name) and which are new (and under which
 * id). mergeGraphs carries the plan out; the import preview shows it.
 */
import type { Graph, GraphNode } from '../graph/schema';
import { EntityLookup } from './entity-lookup';

export interface MergePlan {
  /** Incoming id → id in the merged graph. */
  idOf: Map<string, string>;
  merges: Array<{ incoming: GraphNode; existing: GraphNode; matchedName: string }>;
  additions: Array<{ incoming: GraphNode; id: string }>;
  lookup: EntityLookup;
}

export function planMerge(base: Graph, incoming: Graph): MergePlan {
  // Incoming entries are matched against the base only, never against each other: the parser
  // already decided which of them are one entity.
  const lookup = new EntityLookup(base.nodes);
  const usedIds = new Set(base.nodes.map((node) => node.id));
  const plan: MergePlan = { idOf: new Map(), merges: [], additions: [], lookup };
  for (const node of incoming.nodes) {
    const match = lookup.find(node);
    if (match) {
      plan.idOf.set(node.id, match.existing.id);
      plan.merges.push({ incoming: node, existing: match.existing, matchedName: match.matchedName });
      continue;
    }
    // An id already taken by another entity: number it, as the parser numbers its own clashes.
    let id = node.id;
    for (let n = 2; usedIds.has(id); n++) id = `${node.id}-${n}`;
    usedIds.add(id);
    plan.idOf.set(node.id, id);
    plan.additions.push({ incoming: node, id });
  }
  return plan;
}
