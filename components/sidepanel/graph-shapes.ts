/**
 * How each kind of entry is drawn: one shape per type, so the graph reads without colour
 * too (colour-blind users, greyscale printouts). GraphView and the legend share this table.
 */
import type { NeighbourhoodNodeType } from '../../lib/graph/neighbourhood';

export type NodeShape = 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'round-tag';

export const NODE_SHAPES: Record<NeighbourhoodNodeType, NodeShape> = {
  authority: 'ellipse',
  document: 'round-rectangle',
  case: 'diamond',
  topic: 'hexagon',
  more: 'round-tag',
};
