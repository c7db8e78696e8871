/**
 * The knowledge graph's shape. Everything that reads or writes a graph (the build script,
 * the side panel, imports from storage) validates against these schemas, so a malformed
 * file is rejected at the boundary instead of breaking a view later.
 */
import { z } from 'zod';

export const NODE_TYPES = ['authority', 'document', 'case', 'topic'] as const;
export const nodeTypeSchema = z.enum(NODE_TYPES);
export type NodeType = z.infer<typeof nodeTypeSchema>;

export const EDGE_TYPES = [
  'issued_by',
  'decided_by',
  'cites',
  'based_on',
  'implements',
  'amends',
  'draft_of',
  'about',
  'mentioned_with',
] as const;
export const edgeTypeSchema = z.enum(EDGE_TYPES);
export type EdgeType = z.infer<typeof edgeTypeSchema>;

/** Where a fact was read: which newsletter, which item, and the sentence itself. */
export const sourceSchema = z.object({
  newsletter: z.string().min(1),
  /** Title of the newsletter issue, e.g. "China TMT Bimonthly Update – October and November 2023". */
  issue: z.string(),
  section: z.string(),
  item: z.string(),
  /** ISO date (YYYY-MM-DD) of the item, where the newsletter gives one. */
  date: z.string().optional(),
  quote: z.string(),
  /**
   * A curated source (newsletter "core"): the address of the public page the quote was read
   * from. Only http(s) addresses, since the side panel renders it as a link.
   */
  url: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/)
    .optional(),
  /** For a curated source: which facts of the entry the quote supports ("Chinese title", "effective date" …). */
  supports: z.array(z.string()).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const AUTHORITY_KINDS = [
  'ministry',
  'regulator',
  'court',
  'procuratorate',
  'standards_body',
  'legislature',
  'government',
  'local_government',
  'association',
  'party',
  'other',
] as const;
export const LEVELS = ['national', 'provincial', 'municipal', 'international'] as const;

export const DOCUMENT_KINDS = [
  'law',
  'administrative_regulation',
  'departmental_rule',
  'judicial_interpretation',
  'normative_document',
  'national_standard',
  'industry_standard',
  'group_standard',
  'technical_document',
  'guideline',
  'plan',
  'local_regulation',
  'report',
  'campaign',
  'international',
  'other',
  // Added later; kept at the end so the earlier values keep their order.
  'local_government_rule',
  'judicial_guidance',
  'case_list',
  /** The text does not say enough to place it in the hierarchy. */
  'unknown',
] as const;
export const DOCUMENT_STATUSES = ['draft', 'final', 'unknown'] as const;

const nodeBase = {
  id: z.string().regex(/^(authority|document|case|topic):[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  /** Other names, abbreviations, defined short names and Chinese names; all are matched on pages. */
  aliases: z.array(z.string().min(1)),
  /** Short abbreviations (e.g. "CAC"): matched only as whole words in their written case. */
  abbreviations: z.array(z.string().min(1)).default([]),
  summary: z.string().default(''),
  topics: z.array(z.string()).default([]),
  sources: z.array(sourceSchema).min(1),
};

export const authorityNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('authority'),
  nameZh: z.string().optional(),
  kind: z.enum(AUTHORITY_KINDS),
  level: z.enum(LEVELS),
  /** Names the body had before a reform, with the years they applied where a source gives them. */
  formerNames: z
    .array(z.object({ name: z.string().min(1), nameZh: z.string().optional(), from: z.number().int().optional(), to: z.number().int().optional() }))
    .optional(),
});

export const documentNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('document'),
  kind: z.enum(DOCUMENT_KINDS),
  status: z.enum(DOCUMENT_STATUSES),
  /** Standard code such as "GB 40050-2021", where the document is a standard. */
  code: z.string().optional(),
  issued: isoDate.optional(),
  /** When a draft was published for comment: a different fact from the date a final version was issued. */
  commentDate: isoDate.optional(),
  effective: isoDate.optional(),
  /** Chinese title, where a source gives it. */
  nameZh: z.string().optional(),
  /** Adopted by a legislature (laws), where it differs from the issue (promulgation) date. */
  adopted: isoDate.optional(),
  /** Dates of later amendments or revisions. */
  amended: z.array(isoDate).optional(),
  repealed: isoDate.optional(),
  jurisdiction: z.string().default('PRC'),
  /** The English title is TMT Lens's translation of the Chinese one: no source's quote writes it (title-in-quotes.ts). */
  titleTranslated: z.literal(true).optional(),
});

export const caseNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('case'),
  court: z.string().optional(),
  date: isoDate.optional(),
  caseNumber: z.string().optional(),
});

export const topicNodeSchema = z.object({
  ...nodeBase,
  type: z.literal('topic'),
});

export const graphNodeSchema = z.discriminatedUnion('type', [
  authorityNodeSchema,
  documentNodeSchema,
  caseNodeSchema,
  topicNodeSchema,
]);
export type GraphNode = z.infer<typeof graphNodeSchema>;
export type AuthorityNode = z.infer<typeof authorityNodeSchema>;
export type DocumentNode = z.infer<typeof documentNodeSchema>;
export type CaseNode = z.infer<typeof caseNodeSchema>;
export type TopicNode = z.infer<typeof topicNodeSchema>;

export const graphEdgeSchema = z.object({
  source: z.string(),
  target: z.string(),
  type: edgeTypeSchema,
  /** For mentioned_with: how many items mention both ends. */
  weight: z.number().int().positive().default(1),
  sources: z.array(sourceSchema).min(1),
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

export const graphSchema = z.object({
  version: z.literal(1),
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
});
export type Graph = z.infer<typeof graphSchema>;
