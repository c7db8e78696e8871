import type { NodeType } from '../../lib/graph/schema';

export const PLURAL_TYPE_LABELS: Record<NodeType, string> = {
  authority: 'Authorities',
  document: 'Documents',
  case: 'Cases',
  topic: 'Topics',
};
