/**
 * The part of the graph the side panel draws around one entry: its neighbours at depth 1
 * or 2, nodes the user expanded in place, and a "+N more" node wherever a hub (the CAC
 * issues dozens of documents) has more neighbours than fit. Renderer-agnostic: GraphView
 * turns these plain records into Cytoscape elements, and the bench reuses them.
 */
import { dateOf } from './entry-card';
import type { GraphIndex } from './graph-index';
import type { EdgeType, GraphEdge, GraphNode, NodeType } from './schema';

export type NeighbourhoodNodeType = NodeType | 'more';

export interface NeighbourhoodNode {
  id: string;
  type: NeighbourhoodNodeType;
  /** Short text drawn on the canvas (abbreviation, code or shortened title). */
  label: string;
  /** Full name, for lists, captions and screen readers. */
  name: string;
  /** Distance from the centre in the drawn tree: 0 is the entry itself. */
  ring: number;
  /**
   * Reading order within the ring. Children follow their parent's order, so a radial layout
   * that places nodes in this order keeps each node's neighbours next to it.
   */
  order: number;
  isDraft: boolean;
  /** Neighbours (that pass the filters) not drawn; for a "+N more" node, how many it stands for. */
  hiddenCount: number;
  /** For a "+N more" node: the entry whose hidden neighbours it stands for. */
  ownerId?: string;
}

export interface NeighbourhoodEdge {
  id: string;
  source: string;
  target: string;
  type: EdgeType | 'more';
  label: string;
}

export interface Neighbourhood {
  centreId: string;
  nodes: NeighbourhoodNode[];
  edges: NeighbourhoodEdge[];
}

export interface NeighbourhoodLimits {
  /** Neighbours of the centre drawn before "+N more". */
  centre: number;
  /** Neighbours drawn for each node on the first ring when the depth is 2. */
  perNode: number;
  /** Extra neighbours each "expand" adds to a node. */
  step: number;
  /** Hard cap on drawn entries, whatever is expanded, so the canvas stays readable and fast. */
  maxNodes: number;
}

export const DEFAULT_LIMITS: NeighbourhoodLimits = { centre: 12, perNode: 3, step: 12, maxNodes: 100 };

export interface NeighbourhoodOptions {
  depth: 1 | 2;
  /** Entries the user expanded in place, with how many times (each adds `step` neighbours). */
  expanded?: ReadonlyMap<string, number>;
  /** Filters: neighbours that fail are not drawn (the centre always is). */
  include?: (node: GraphNode) => boolean;
  limits?: Partial<NeighbourhoodLimits>;
}

export const RELATION_LABELS: Record<EdgeType, string> = {
  issued_by: 'issued by',
  decided_by: 'decided by',
  cites: 'cites',
  based_on: 'based on',
  implements: 'implements',
  amends: 'amends',
  draft_of: 'draft of',
  about: 'about',
  mentioned_with: 'mentioned with',
};

/** How much a relation says about two entries: statutory links first, co-mentions last. */
const RELATION_STRENGTH: Record<EdgeType, number> = {
  issued_by: 5,
  decided_by: 5,
  draft_of: 5,
  based_on: 4,
  implements: 4,
  amends: 4,
  cites: 4,
  about: 2,
  mentioned_with: 1,
};

/** Types in the order they sit around a ring, so like entries cluster together. */
const TYPE_ORDER: Record<NodeType, number> = { authority: 0, document: 1, case: 2, topic: 3 };

const LABEL_LIMIT = 44;

interface Visit {
  node: GraphNode;
  ring: number;
  parentId?: string;
  hiddenCount: number;
}

/** Builds the drawn neighbourhood of `centreId`; an unknown id gives an empty neighbourhood. */
export function buildNeighbourhood(index: GraphIndex, centreId: string, options: NeighbourhoodOptions): Neighbourhood {
  const centre = index.nodesById.get(centreId);
  if (!centre) return { centreId, nodes: [], edges: [] };
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const expanded = options.expanded ?? new Map<string, number>();
  const include = options.include ?? (() => true);

  const visits = new Map<string, Visit>([[centreId, { node: centre, ring: 0, hiddenCount: 0 }]]);
  const moreNodes: NeighbourhoodNode[] = [];
  const queue: string[] = [centreId];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    const visit = visits.get(id)!;
    const limit = neighbourLimit(id === centreId, visit.ring, options.depth, expanded.get(id) ?? 0, limits);
    const candidates = rankedNeighbours(index, id).filter((node) => !visits.has(node.id) && include(node));
    const room = Math.max(0, limits.maxNodes - visits.size);
    const taken = candidates.slice(0, Math.min(limit, room)).sort(byTypeThenKeepOrder);
    for (const node of taken) {
      visits.set(node.id, { node, ring: visit.ring + 1, parentId: id, hiddenCount: 0 });
      queue.push(node.id);
    }
    visit.hiddenCount = candidates.length - taken.length;
    if (limit > 0 && visit.hiddenCount > 0) moreNodes.push(moreNodeFor(visit, queue.length));
  }

  const nodes = orderNodes(visits, queue, moreNodes);
  return { centreId, nodes, edges: edgesBetween(index, visits, centreId, moreNodes) };
}

function neighbourLimit(
  isCentre: boolean,
  ring: number,
  depth: 1 | 2,
  expandSteps: number,
  limits: NeighbourhoodLimits,
): number {
  const base = isCentre ? limits.centre : ring < depth ? limits.perNode : 0;
  return base + expandSteps * limits.step;
}

/** Neighbours of one entry, strongest relation first, then newest, then by name. */
export function rankedNeighbours(index: GraphIndex, id: string): GraphNode[] {
  const strength = new Map<string, number>();
  for (const edge of index.edgesByNode.get(id) ?? []) {
    const other = edge.source === id ? edge.target : edge.source;
    if (other === id || !index.nodesById.has(other)) continue;
    strength.set(other, Math.max(strength.get(other) ?? 0, edgeStrength(edge)));
  }
  return [...strength.entries()]
    .map(([otherId, score]) => ({ node: index.nodesById.get(otherId)!, score }))
    .sort((a, b) => b.score - a.score || compareDatesDesc(a.node, b.node) || a.node.name.localeCompare(b.node.name))
    .map(({ node }) => node);
}

function edgeStrength(edge: GraphEdge): number {
  const base = RELATION_STRENGTH[edge.type];
  // Co-mentions in many items say more than one passing co-mention, but never outrank a stated link.
  return edge.type === 'mentioned_with' ? base + Math.min(edge.weight, 5) / 5 : base;
}

function compareDatesDesc(a: GraphNode, b: GraphNode): number {
  const dateA = dateOf(a) ?? '';
  const dateB = dateOf(b) ?? '';
  return dateA === dateB ? 0 : dateA < dateB ? 1 : -1;
}

function byTypeThenKeepOrder(a: GraphNode, b: GraphNode): number {
  return TYPE_ORDER[a.type] - TYPE_ORDER[b.type];
}

function moreNodeFor(owner: Visit, queuePosition: number): NeighbourhoodNode {
  return {
    id: `more:${owner.node.id}`,
    type: 'more',
    label: `+${owner.hiddenCount} more`,
    name: `${owner.hiddenCount} more linked to ${owner.node.name}`,
    ring: owner.ring + 1,
    order: queuePosition,
    isDraft: false,
    hiddenCount: owner.hiddenCount,
    ownerId: owner.node.id,
  };
}

/**
 * Nodes in breadth-first order (which groups children by parent), with each "+N more" node
 * placed right after its owner's last child. Leaves get their hidden count as well, so the
 * view can offer to expand them.
 */
function orderNodes(visits: Map<string, Visit>, queue: string[], moreNodes: NeighbourhoodNode[]): NeighbourhoodNode[] {
  const position = new Map(queue.map((id, index) => [id, index]));
  const byRing = new Map<number, NeighbourhoodNode[]>();
  const place = (node: NeighbourhoodNode) => {
    const ring = byRing.get(node.ring);
    if (ring) ring.push(node);
    else byRing.set(node.ring, [node]);
  };
  for (const visit of visits.values()) place(toViewNode(visit, position.get(visit.node.id) ?? 0));
  for (const more of moreNodes) place(more);
  const result: NeighbourhoodNode[] = [];
  for (const ring of [...byRing.keys()].sort((a, b) => a - b)) {
    const nodes = byRing.get(ring)!;
    // A "+N more" node carries the queue length when its owner finished, i.e. after its children.
    nodes.sort((a, b) => parentOrder(a, visits, position) - parentOrder(b, visits, position) || a.order - b.order);
    nodes.forEach((node, order) => result.push({ ...node, order }));
  }
  return result;
}

function parentOrder(node: NeighbourhoodNode, visits: Map<string, Visit>, position: Map<string, number>): number {
  if (node.ownerId) return position.get(node.ownerId) ?? 0;
  const visit = visits.get(node.id);
  return visit?.parentId ? (position.get(visit.parentId) ?? 0) : 0;
}

function toViewNode(visit: Visit, order: number): NeighbourhoodNode {
  const { node } = visit;
  return {
    id: node.id,
    type: node.type,
    label: graphLabelOf(node),
    name: node.name,
    ring: visit.ring,
    order,
    isDraft: node.type === 'document' && node.status === 'draft',
    hiddenCount: visit.hiddenCount,
  };
}

/**
 * One edge per linked pair (the strongest relation), so the drawing is not doubled by a
 * co-mention under every stated link. Co-mentions are drawn only where they are how a node
 * got into the picture or touch the centre; elsewhere they would turn the drawing into a net.
 */
function edgesBetween(
  index: GraphIndex,
  visits: Map<string, Visit>,
  centreId: string,
  moreNodes: NeighbourhoodNode[],
): NeighbourhoodEdge[] {
  const strongest = new Map<string, GraphEdge>();
  for (const id of visits.keys()) {
    for (const edge of index.edgesByNode.get(id) ?? []) {
      if (edge.source === edge.target || !visits.has(edge.source) || !visits.has(edge.target)) continue;
      const key = edge.source < edge.target ? `${edge.source}|${edge.target}` : `${edge.target}|${edge.source}`;
      const current = strongest.get(key);
      if (!current || edgeStrength(edge) > edgeStrength(current)) strongest.set(key, edge);
    }
  }
  const edges: NeighbourhoodEdge[] = [];
  for (const edge of strongest.values()) {
    if (edge.type === 'mentioned_with' && !isTreeOrCentreLink(edge, visits, centreId)) continue;
    edges.push({
      id: `${edge.type}:${edge.source}>${edge.target}`,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: RELATION_LABELS[edge.type],
    });
  }
  for (const more of moreNodes) {
    edges.push({ id: `more:${more.ownerId}>${more.id}`, source: more.ownerId!, target: more.id, type: 'more', label: '' });
  }
  return edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function isTreeOrCentreLink(edge: GraphEdge, visits: Map<string, Visit>, centreId: string): boolean {
  if (edge.source === centreId || edge.target === centreId) return true;
  return visits.get(edge.source)?.parentId === edge.target || visits.get(edge.target)?.parentId === edge.source;
}

/**
 * The short label drawn on the canvas: an authority's abbreviation ("CAC"), a standard's
 * code, a document's defined short name ("PIPL") when its title is long, else the name
 * shortened at a word boundary. The full name is always in the list and the caption.
 */
export function graphLabelOf(node: GraphNode): string {
  if (node.type === 'authority') return node.abbreviations[0] ?? shorten(node.name);
  if (node.type === 'document') {
    if (node.code) return node.code;
    if (node.name.length <= LABEL_LIMIT) return node.name;
    const short = [...node.abbreviations, ...node.aliases]
      .filter((alias) => alias.length >= 3 && alias.length < LABEL_LIMIT && /[A-Za-z0-9]/.test(alias))
      .sort((a, b) => a.length - b.length)[0];
    return short ?? shorten(node.name);
  }
  return shorten(node.name);
}

function shorten(text: string): string {
  if (text.length <= LABEL_LIMIT) return text;
  const cut = text.slice(0, LABEL_LIMIT - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > LABEL_LIMIT / 2 ? cut.slice(0, space) : cut}…`;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Where to put nodes added by expanding `anchor` in place: on an arc around it that opens
 * away from `awayFrom` (the centre), so nothing already drawn has to move. The radius grows
 * with the count so neighbouring nodes keep at least `gap` between them.
 */
export function placeAround(anchor: Point, awayFrom: Point | undefined, count: number, radius: number, gap: number): Point[] {
  if (count <= 0) return [];
  const dx = anchor.x - (awayFrom?.x ?? anchor.x);
  const dy = anchor.y - (awayFrom?.y ?? anchor.y);
  const hasDirection = Math.hypot(dx, dy) > 1e-6;
  const sweep = hasDirection ? Math.min(Math.PI * 1.2, Math.max(Math.PI / 3, (count * gap) / radius)) : Math.PI * 2;
  const r = Math.max(radius, (count * gap) / sweep);
  const facing = hasDirection ? Math.atan2(dy, dx) : -Math.PI / 2;
  const points: Point[] = [];
  for (let i = 0; i < count; i++) {
    const t = hasDirection ? (count === 1 ? 0.5 : i / (count - 1)) : i / count;
    const angle = facing - sweep / 2 + t * sweep;
    points.push({ x: anchor.x + r * Math.cos(angle), y: anchor.y + r * Math.sin(angle) });
  }
  return points;
}

/**
 * Entries with the most distinct neighbours (co-mentions aside), optionally of one type:
 * good starting points for someone who has not picked an entry yet.
 */
export function mostConnected(index: GraphIndex, limit: number, type?: NodeType): GraphNode[] {
  const scored: { node: GraphNode; degree: number }[] = [];
  for (const node of index.graph.nodes) {
    if (type && node.type !== type) continue;
    const neighbours = new Set<string>();
    for (const edge of index.edgesByNode.get(node.id) ?? []) {
      if (edge.type !== 'mentioned_with') neighbours.add(edge.source === node.id ? edge.target : edge.source);
    }
    scored.push({ node, degree: neighbours.size });
  }
  return scored
    .sort((a, b) => b.degree - a.degree || a.node.name.localeCompare(b.node.name))
    .slice(0, limit)
    .map(({ node }) => node);
}
