import { TYPE_LABELS } from '../../lib/graph/labels';
import type { NodeType } from '../../lib/graph/schema';

export function TypeBadge({ type }: { type: NodeType }) {
  return <span className={`badge badge-${type}`}>{TYPE_LABELS[type]}</span>;
}
