/** Human-readable labels for the graph's enumerations, shared by every view. */
import type { GraphNode } from './schema';

const KIND_LABELS: Record<string, string> = {
  ministry: 'Ministry',
  regulator: 'Regulator',
  court: 'Court',
  procuratorate: 'Procuratorate',
  standards_body: 'Standards body',
  legislature: 'Legislature',
  government: 'Government',
  local_government: 'Local government',
  association: 'Association',
  party: 'Party body',
  law: 'Law',
  administrative_regulation: 'Administrative regulation',
  departmental_rule: 'Departmental rule',
  judicial_interpretation: 'Judicial interpretation',
  normative_document: 'Normative document',
  national_standard: 'National standard',
  industry_standard: 'Industry standard',
  group_standard: 'Group standard',
  technical_document: 'Technical document',
  guideline: 'Guideline',
  plan: 'Plan',
  local_regulation: 'Local regulation',
  report: 'Report',
  campaign: 'Campaign',
  international: 'International instrument',
  other: 'Other',
};

export const TYPE_LABELS = {
  authority: 'Authority',
  document: 'Document',
  case: 'Case',
  topic: 'Topic',
} as const;

export const STATUS_LABELS = { draft: 'Draft for comment', final: 'Final', unknown: 'Status unknown' } as const;

export function kindLabelOf(node: GraphNode): string {
  if (node.type === 'topic') return 'Topic';
  if (node.type === 'case') return 'Case';
  return KIND_LABELS[node.kind] ?? node.kind;
}
