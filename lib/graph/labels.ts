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
  local_government_rule: 'Local government rule',
  judicial_guidance: 'Judicial guidance',
  case_list: 'List of cases',
  unknown: 'Document',
};

/** The Chinese term for each rank of the hierarchy, as a lawyer would look it up. */
const RANK_TERMS_ZH: Record<string, string> = {
  law: '法律',
  administrative_regulation: '行政法规',
  departmental_rule: '部门规章',
  judicial_interpretation: '司法解释',
  judicial_guidance: '司法指导性文件',
  normative_document: '规范性文件',
  national_standard: '国家标准',
  industry_standard: '行业标准',
  group_standard: '团体标准',
  technical_document: '技术文件',
  local_regulation: '地方性法规',
  local_government_rule: '地方政府规章',
  report: '报告',
  case_list: '典型案例',
};

export const TYPE_LABELS = {
  authority: 'Authority',
  document: 'Document',
  case: 'Case',
  topic: 'Topic',
} as const;

export const STATUS_LABELS = { draft: 'Draft for comment', final: 'Final', unknown: 'Status unknown' } as const;

/**
 * The kind an English kind label stands for: search indexes store the label, and a UI in
 * another language words the kind itself. Undefined for a label that is no kind's.
 */
export function kindOfLabel(label: string): string | undefined {
  return Object.keys(KIND_LABELS).find((kind) => KIND_LABELS[kind] === label);
}

export function kindLabelOf(node: GraphNode): string {
  if (node.type === 'topic') return 'Topic';
  if (node.type === 'case') return 'Case';
  return KIND_LABELS[node.kind] ?? node.kind;
}

/** The Chinese term for a document's rank, where the hierarchy has one. */
export function rankTermZhOf(node: GraphNode): string | undefined {
  return node.type === 'document' ? RANK_TERMS_ZH[node.kind] : undefined;
}

/**
 * A document's rank in English with the Chinese term ("Departmental rule · 部门规章"), for the
 * card and the panel; "rank unknown" where the newsletters do not decide it.
 */
export function rankLabelOf(node: GraphNode): string {
  if (node.type !== 'document') return kindLabelOf(node);
  if (node.kind === 'unknown') return 'Document · rank unknown';
  const zh = RANK_TERMS_ZH[node.kind];
  return zh ? `${kindLabelOf(node)} · ${zh}` : kindLabelOf(node);
}
