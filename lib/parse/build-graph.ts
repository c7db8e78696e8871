/**
 * Stage 4: the graph. Turns resolved mentions into nodes (authorities, documents, cases,
 * topics) and edges, each with the sources it was read from, then validates the result.
 * Output is deterministic: the same newsletters give the same bytes.
 */
import { graphSchema, type AuthorityNode, type CaseNode, type DocumentNode, type Graph, type GraphEdge, type GraphNode, type Source, type TopicNode } from '../graph/schema';
import { TOPICS } from '../knowledge/topics';
import { collectMentions, sourceOf, type NewsletterInput } from './collect-mentions';
import { classifyDocument, jurisdictionOf } from './classify-document';
import { findDates, toIsoDate } from './dates';
import { classifyAuthority, gazetteerEntry, type AuthorityMatch } from './find-authorities';
import { foldName, hasDraftMarker, nameKey, slugify } from './normalize';
import { chooseName, resolveDocuments, type DocumentEntity } from './resolve-documents';
import { splitSentences } from './sentences';
import { topicsOf } from './topics-of';

export type { NewsletterInput } from './collect-mentions';

export interface BuildResult {
  graph: Graph;
  warnings: string[];
  errors: string[];
  issues: Array<{ id: string; title: string; items: number }>;
}

interface NodeDraft<T extends GraphNode> {
  node: T;
  sourceKeys: Set<string>;
}

class GraphBuilder {
  private nodes = new Map<string, NodeDraft<GraphNode>>();
  private edges = new Map<string, GraphEdge>();

  node<T extends GraphNode>(id: string, create: () => Omit<T, 'sources'>): T {
    let draft = this.nodes.get(id);
    if (!draft) {
      draft = { node: { ...create(), sources: [] } as unknown as GraphNode, sourceKeys: new Set() };
      this.nodes.set(id, draft);
    }
    return draft.node as T;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  addSource(id: string, source: Source): void {
    const draft = this.nodes.get(id);
    if (!draft) return;
    const key = `${source.newsletter}\u0000${source.item}`;
    if (draft.sourceKeys.has(key)) return;
    draft.sourceKeys.add(key);
    draft.node.sources.push(source);
  }

  addAlias(id: string, alias: string): void {
    const node = this.nodes.get(id)?.node;
    if (!node || alias === node.name || node.aliases.includes(alias) || node.abbreviations.includes(alias)) return;
    node.aliases.push(alias);
  }

  edge(source: string, target: string, type: GraphEdge['type'], provenance: Source): void {
    if (source === target) return;
    const key = `${source}\u0000${target}\u0000${type}`;
    const existing = this.edges.get(key);
    if (!existing) {
      this.edges.set(key, { source, target, type, weight: 1, sources: [provenance] });
      return;
    }
    if (existing.sources.some((s) => s.newsletter === provenance.newsletter && s.item === provenance.item)) return;
    existing.sources.push(provenance);
    if (type === 'mentioned_with') existing.weight += 1;
  }

  build(): Graph {
    const nodes = [...this.nodes.values()]
      .map(({ node }) => node)
      .filter((node) => node.sources.length > 0)
      .sort((a, b) => a.id.localeCompare(b.id));
    const ids = new Set(nodes.map((node) => node.id));
    const edges = [...this.edges.values()]
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || a.type.localeCompare(b.type));
    return { version: 1, nodes, edges };
  }
}

const CASE_WORDS = /\b(?:cases?|judg(?:e)?ments?|trial|ruling|protection order|lawsuit|verdict|adjudicat\w*|litigation)\b/i;
const CASE_NUMBER = /\(\d{4}\)\s*[^\s()]+(?:\s+[^\s()]+){0,6}?\s+No\.\s*\d+/;
const COURT = /Court|Procuratorate/;

function authorityId(match: AuthorityMatch): string {
  return `authority:${match.slug ?? slugify(match.text)}`;
}

function ensureAuthority(builder: GraphBuilder, match: AuthorityMatch): string {
  const id = authorityId(match);
  const entry = match.slug ? gazetteerEntry(match.slug) : undefined;
  builder.node<AuthorityNode>(id, () => {
    if (entry) {
      return {
        id,
        type: 'authority',
        name: entry.name,
        aliases: [...(entry.aliases ?? []), ...(entry.nameZh ? [entry.nameZh] : [])],
        abbreviations: [...(entry.abbreviations ?? [])],
        summary: '',
        topics: [],
        nameZh: entry.nameZh,
        kind: entry.kind,
        level: entry.level,
      };
    }
    const { kind, level } = classifyAuthority(match.text);
    return { id, type: 'authority', name: match.text, aliases: [], abbreviations: [], summary: '', topics: [], kind, level };
  });
  if (!entry && match.abbreviation) {
    const node = builder.node<AuthorityNode>(id, () => {
      throw new Error('unreachable');
    });
    if (!node.abbreviations.includes(match.abbreviation)) node.abbreviations.push(match.abbreviation);
  }
  return id;
}

function caseNameOf(heading: string): string {
  // "… Answers to Litigation Questions … and Ten Typical Cases of …": the batch of cases.
  // A counted batch first: "Civil Cases of …" earlier in that heading is the answers' subject.
  const batch =
    heading.match(/\b((?:Ten|Four|Five|Eight|Two|Three|Six|Seven|Nine|\d+)\s+(?:Typical|Guiding|Criminal|Civil)\s+Cases\b[^,;()]*)/) ??
    heading.match(/\b((?:Typical|Guiding|Criminal|Civil)\s+Cases\b[^,;()]*)/);
  if (batch?.[1]) return batch[1].trim();
  const quoted = heading.match(/[“"]([^“”"]*\bCase)[”"]/);
  if (quoted?.[1]) return quoted[1];
  const afterVerb = heading.match(/\b(?:Issued|Released|Releases|Made Public|Heard|Held|Adjudicated|Announced|Published|issued|released|heard|held|announced|made public|published|adjudicated)\s+(?:that\s+|the\s+)?(.+)$/);
  const name = (afterVerb?.[1] ?? heading)
    .replace(/\s*\(\d{1,2}\s+[A-Z][a-z]+\)\s*$/, '')
    .replace(/^(?:China['’]s\s+)?(?:the\s+)?first\s+/i, '')
    .trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function documentNode(entity: DocumentEntity, issuerNames: string[]): Omit<DocumentNode, 'sources'> {
  const name = chooseName(entity);
  const aliases = new Set<string>();
  const abbreviations = new Set<string>(entity.known?.abbreviations ?? []);
  for (const surface of entity.surfaces.keys()) if (surface !== name && !entity.shortNames.has(surface)) aliases.add(surface);
  for (const short of entity.shortNames) {
    if (/^[A-Z0-9]{2,6}$/.test(short)) abbreviations.add(short);
    else aliases.add(short);
  }
  if (!entity.isDraft) for (const alias of entity.known?.aliases ?? []) aliases.add(alias);
  if (entity.known && !entity.isDraft) aliases.add(entity.known.nameZh);
  if (entity.code && entity.code !== name) aliases.add(entity.code);
  aliases.delete(name);
  return {
    id: entity.id,
    type: 'document',
    name,
    aliases: [...aliases].sort(),
    abbreviations: [...abbreviations].sort(),
    summary: '',
    topics: [],
    kind: classifyDocument(name, entity.code, entity.campaign),
    status: entity.isDraft ? 'draft' : entity.mentions.some((m) => m.mention.status === 'final' || m.mention.relation) ? 'final' : 'unknown',
    code: entity.code,
    jurisdiction: jurisdictionOf(name, issuerNames),
  };
}

const EFFECTIVE = /\b(?:took effect|take effect|takes effect|came into effect|come into effect|comes into effect|effective (?:from|on|as of)|will be (?:implemented|effective) (?:from|on))\b/i;

export function buildGraph(newsletters: NewsletterInput[]): BuildResult {
  const collected = collectMentions([...newsletters].sort((a, b) => a.id.localeCompare(b.id)));
  const { entities, entityOf } = resolveDocuments(collected.items);
  const builder = new GraphBuilder();
  const topicSource = new Map<string, Source>();

  // Document nodes first, named from all their mentions.
  const issuersOf = new Map<string, Set<string>>();
  for (const entity of entities) builder.node<DocumentNode>(entity.id, () => documentNode(entity, []));

  for (const read of collected.items) {
    const itemText = `${read.item.heading}\n${read.item.body}`;
    const itemEntities = new Set<string>();
    const primaryDocuments: string[] = [];
    let primaryCase: string | undefined;

    read.sentences.forEach((sentence) => {
      const quote = sentence.sentence.text;
      const provenance = sourceOf(read, quote);
      const authorityIds = sentence.authorities.map((match) => ({ match, id: ensureAuthority(builder, match) }));
      for (const { match, id } of authorityIds) {
        builder.addSource(id, provenance);
        itemEntities.add(id);
        if (!match.slug && match.text !== builder.node<AuthorityNode>(id, () => { throw new Error('unreachable'); }).name) builder.addAlias(id, match.text);
      }
      for (const mention of sentence.documents) {
        const entity = entityOf.get(mention);
        if (!entity) continue;
        builder.addSource(entity.id, provenance);
        itemEntities.add(entity.id);
        const node = builder.node<DocumentNode>(entity.id, () => documentNode(entity, []));
        if (!node.summary && (mention.afterIssuingVerb || mention.inHeading) && !sentence.inHeading) node.summary = quote.length > 320 ? `${quote.slice(0, 317)}…` : quote;
        if (mention.afterIssuingVerb || (sentence.inHeading && primaryDocuments.length === 0)) {
          if (!primaryDocuments.includes(entity.id) && !mention.relation) primaryDocuments.push(entity.id);
          if (!node.issued && read.item.date && mention.issuedHere) node.issued = read.item.date;
        }
        // Who issued it: the authorities named before the issuing verb, in the same sentence.
        const verbAt = sentence.issuingVerbAt;
        if (verbAt !== undefined && mention.issuedHere && !mention.relation) {
          for (const { match, id } of authorityIds) {
            if (match.end <= verbAt) {
              builder.edge(entity.id, id, 'issued_by', provenance);
              const names = issuersOf.get(entity.id) ?? new Set<string>();
              names.add(match.text);
              issuersOf.set(entity.id, names);
            }
          }
        }
        const issuedByAfter = quote.slice(mention.end, mention.end + 24).match(/^[\s,]*(?:\([^)]*\)\s*)?(?:issued|released|published|formulated) by/i);
        if (issuedByAfter) {
          const next = authorityIds.find(({ match }) => match.start >= mention.end && match.start - mention.end < 60);
          if (next) builder.edge(entity.id, next.id, 'issued_by', provenance);
        }
        if (mention.relation) {
          const subject = primaryDocuments[0];
          if (subject && subject !== entity.id) builder.edge(subject, entity.id, mention.relation, provenance);
        }
        if (EFFECTIVE.test(quote)) {
          const [date] = findDates(quote.slice(quote.search(EFFECTIVE)));
          if (date && !node.effective) node.effective = toIsoDate(date, undefined) ?? (read.item.date ? `${read.item.date.slice(0, 4)}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}` : undefined);
        }
      }
    });

    // A case: an item about a judgment, a trial or a batch of typical cases.
    const headingIsCase = CASE_WORDS.test(read.item.heading) && !read.item.headingIsSynthetic;
    const courts = read.sentences.flatMap((s) => s.authorities).filter((match) => COURT.test(match.text) || (match.slug && gazetteerEntry(match.slug)?.kind === 'court'));
    const enforcementSection = read.item.sectionKind === 'enforcement' || read.item.sectionKind === 'judicial';
    if (headingIsCase && (courts.length > 0 || enforcementSection)) {
      const name = caseNameOf(read.item.heading);
      const id = `case:${slugify(name)}`;
      const decider = courts[0] ?? read.sentences[0]?.authorities[0];
      const node = builder.node<CaseNode>(id, () => ({
        id,
        type: 'case',
        name,
        aliases: [],
        abbreviations: [],
        // The first sentence, split as everywhere else: "(No. 192 to No. 195)" does not end it.
        summary: splitSentences(read.item.body)[0]?.text ?? '',
        topics: [],
        court: decider ? builder.node<AuthorityNode>(ensureAuthority(builder, decider), () => { throw new Error('unreachable'); }).name : undefined,
        date: read.item.date,
        caseNumber: itemText.match(CASE_NUMBER)?.[0],
      }));
      if (node.caseNumber) builder.addAlias(id, node.caseNumber);
      const provenance = sourceOf(read, read.sentences.find((s) => !s.inHeading)?.sentence.text ?? read.item.heading);
      builder.addSource(id, provenance);
      if (decider) builder.edge(id, ensureAuthority(builder, decider), 'decided_by', provenance);
      for (const entityId of itemEntities) if (entityId.startsWith('document:')) builder.edge(id, entityId, 'cites', provenance);
      itemEntities.add(id);
      primaryCase = node.id;
    }

    // Topics: what the item is about, given to the entries it is mainly about.
    const itemTopics = new Set([...topicsOf(read.item.heading), ...topicsOf(read.item.body, 2)]);
    const subjects = [...primaryDocuments, ...(primaryCase ? [primaryCase] : [])];
    for (const slug of itemTopics) {
      const topicId = `topic:${slug}`;
      const provenance = sourceOf(read, read.item.heading);
      if (!topicSource.has(topicId)) topicSource.set(topicId, provenance);
      for (const subject of subjects) {
        builder.edge(subject, topicId, 'about', provenance);
        ensureTopic(builder, topicId);
        builder.addSource(topicId, provenance);
      }
    }

    // Co-mentions within one item, weighted by how many items share them.
    const together = [...itemEntities].sort();
    const provenance = sourceOf(read, read.item.heading);
    for (let i = 0; i < together.length; i++) {
      for (let j = i + 1; j < together.length; j++) builder.edge(together[i]!, together[j]!, 'mentioned_with', provenance);
    }
  }

  // Every document also gets the topics its own title names, and its issuers' places.
  for (const entity of entities) {
    if (!builder.has(entity.id)) continue;
    const node = builder.node<DocumentNode>(entity.id, () => documentNode(entity, []));
    node.jurisdiction = jurisdictionOf(node.name, [...(issuersOf.get(entity.id) ?? [])]);
    for (const slug of topicsOf(node.name)) {
      const topicId = `topic:${slug}`;
      ensureTopic(builder, topicId);
      const first = node.sources[0];
      if (!first) continue;
      builder.addSource(topicId, topicSource.get(topicId) ?? first);
      builder.edge(entity.id, topicId, 'about', first);
    }
  }

  // Drafts point at their final versions.
  const byKey = new Map<string, DocumentEntity[]>();
  for (const entity of entities) byKey.set(entity.key, [...(byKey.get(entity.key) ?? []), entity]);
  for (const group of byKey.values()) {
    const draft = group.find((entity) => entity.isDraft);
    const final = group.find((entity) => !entity.isDraft);
    const evidence = draft && builder.node<DocumentNode>(draft.id, () => documentNode(draft, [])).sources[0];
    if (draft && final && evidence) builder.edge(draft.id, final.id, 'draft_of', evidence);
  }

  const graph = builder.build();
  separateDraftNames(graph);
  fillTopicLists(graph);
  const parsed = graphSchema.safeParse(graph);
  if (!parsed.success) {
    return { graph: { version: 1, nodes: [], edges: [] }, warnings: collected.warnings, errors: [...collected.errors, `The graph failed validation: ${parsed.error.message.slice(0, 500)}`], issues: collected.issues };
  }
  return { graph: parsed.data, warnings: collected.warnings, errors: collected.errors, issues: collected.issues };
}

/**
 * A draft keeps only names that say it is a draft when its final version exists: a bare title
 * on a page means the instrument in force.
 */
function separateDraftNames(graph: Graph): void {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  for (const edge of graph.edges) {
    if (edge.type !== 'draft_of') continue;
    const draft = byId.get(edge.source);
    const final = byId.get(edge.target);
    if (!draft || !final) continue;
    const finalNames = new Set([final.name, ...final.aliases].map(foldName));
    draft.aliases = draft.aliases.filter((alias) => !finalNames.has(foldName(alias)) && hasDraftMarker(alias));
  }
}

function ensureTopic(builder: GraphBuilder, topicId: string): void {
  const topic = TOPICS.find((candidate) => `topic:${candidate.slug}` === topicId);
  if (!topic) return;
  builder.node<TopicNode>(topicId, () => ({ id: topicId, type: 'topic', name: topic.name, aliases: [], abbreviations: [], summary: '', topics: [] }));
}

/** Each node lists its topics' ids too, so views need not walk the edges for them. */
function fillTopicLists(graph: Graph): void {
  const topicsByNode = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.type !== 'about') continue;
    topicsByNode.set(edge.source, [...(topicsByNode.get(edge.source) ?? []), edge.target]);
  }
  for (const node of graph.nodes) node.topics = (topicsByNode.get(node.id) ?? []).sort();
}

export { nameKey };
