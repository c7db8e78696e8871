import { useT } from '../i18n/i18n-context';
import { typeLabel } from '../i18n/labels';
import type { NodeType } from '../../lib/graph/schema';

export function TypeBadge({ type }: { type: NodeType }) {
  const t = useT();
  return <span className={`badge badge-${type}`}>{typeLabel(t, type)}</span>;
}
