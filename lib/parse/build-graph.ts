/**
 * Stage 4: the graph. Turns resolved mentions into nodes (authorities, documents, cases,
 * topics) and edges, each with the sources it was read from, then validates the result.
 * Output is deterministic: the same newsletters give the same bytes.
 */
import { graphSchema, type AuthorityNode, type CaseNode, type DocumentNode, type Graph, type GraphEdge, type GraphNode, type Source, type TopicNode } from '../graph/schema';
import { TOPICS } from '../knowledge/topics';
import { collectMentions, sourceOf, type NewsletterInput } from './collect-mentions';
import { classifyDocument, jurisdictionOf, LOCAL_PLACE } from './classify-document';
import { DocumentFacts } from './document-facts';
import { CO_ISSUER_PHRASE, effectiveDateOf, JOINT, OTHER_ISSUERS, tiedDate } from './entry-facts';
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
  /** Targets by source and edge type, so issuers can be read back without scanning every edge. */
  private targets = new Map<string, string[]>();

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
      const byType = `${source}\u0000${type}`;
      this.targets.set(byType, [...(this.targets.get(byType) ?? []), target]);
      return;
    }
    if (existing.sources.some((s) => s.newsletter === provenance.newsletter && s.item === provenance.item)) return;
    existing.sources.push(provenance);
    if (type === 'mentioned_with') existing.weight += 1;
  }

  /** The targets of a node's edges of one type. */
  targetsOf(source: string, type: GraphEdge['type']): string[] {
    return this.targets.get(`${source}\u0000${type}`) ?? [];
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
    status: entity.isDraft ? 'draft' : entity.mentions.some((m) => m.mention.status === 'final' || m.mention.relation || m.mention.cited) ? 'final' : 'unknown',
    code: entity.code,
    jurisdiction: jurisdictionOf(name, issuerNames),
  };
}

/** "published a notice on the issuance of the Measures": how normative documents are issued. */
const NOTICE_OF_ISSUANCE = /\bnotice (?:on|of|for) (?:the )?(?:issuance|issuing|printing and distribution|publication) of (?:the )?[“"]?$/i;

/** Authorities listed from `from` on: "the MPS, the MOHURD and the MOT". */
function listedAfter<T extends { match: AuthorityMatch }>(authorities: T[], text: string, from: number): T[] {
  const listed: T[] = [];
  let at = from;
  for (const authority of [...authorities].sort((a, b) => a.match.start - b.match.start)) {
    if (authority.match.start < at) continue;
    if (!/^[\s,]*(?:(?:and|as well as)\s+)?(?:the\s+)?$/i.test(text.slice(at, authority.match.start))) break;
    listed.push(authority);
    at = authority.match.end;
  }
  return listed;
}

/** Two titles of one series: they open with the same four words. */
function sharesOpening(a: string, b: string): boolean {
  const opening = (title: string) => title.split(/\s+/).slice(0, 4).join(' ').toLowerCase();
  return opening(a) === opening(b);
}

export function buildGraph(newsletters: NewsletterInput[]): BuildResult {
  const collected = collectMentions([...newsletters].sort((a, b) => a.id.localeCompare(b.id)));
  const { entities, entityOf } = resolveDocuments(collected.items);
  const builder = new GraphBuilder();
  const topicSource = new Map<string, Source>();

  // Document nodes first, named from all their mentions.
  const issuersOf = new Map<string, Set<string>>();
  const facts = new DocumentFacts();
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
        facts.noteMention(entity.id, read, sentence, mention);
        if (mention.afterIssuingVerb || (sentence.inHeading && primaryDocuments.length === 0)) {
          if (!primaryDocuments.includes(entity.id) && !mention.relation) primaryDocuments.push(entity.id);
        }
        // A date only where the sentence ties it: issued for a final document, published for comment for a draft.
        if ((mention.issuedHere || mention.issuedByAfter) && !mention.relation) {
          const date = tiedDate(read, sentence);
          if (date && entity.isDraft) node.commentDate ??= date;
          else if (date) node.issued ??= date;
        }
        const addIssuer = (id: string, name: string) => {
          builder.edge(entity.id, id, 'issued_by', provenance);
          const names = issuersOf.get(entity.id) ?? new Set<string>();
          names.add(name);
          issuersOf.set(entity.id, names);
        };
        // Who issued it: the authorities named before the issuing verb, in the same sentence…
        const verbAt = sentence.issuingVerbAt;
        if (verbAt !== undefined && mention.issuedHere && !mention.relation) {
          for (const { match, id } of authorityIds) if (match.end <= verbAt) addIssuer(id, match.text);
          if (JOINT.test(quote)) facts.markJoint(entity.id);
          if (LOCAL_PLACE.test(quote.slice(0, verbAt))) facts.markLocal(entity.id);
          if (NOTICE_OF_ISSUANCE.test(quote.slice(Math.max(0, mention.start - 60), mention.start))) facts.markByNotice(entity.id);
          // …and those it was issued "in conjunction with", named after it.
          for (const phrase of quote.slice(mention.end).matchAll(CO_ISSUER_PHRASE)) {
            for (const { match, id } of listedAfter(authorityIds, quote, mention.end + phrase.index + phrase[0].length)) addIssuer(id, match.text);
          }
        }
        // …or named after it: "X (which was) issued by Y", "X was developed by Y".
        if (mention.issuedByAfter) {
          const next = authorityIds.find(({ match }) => match.start >= mention.end && match.start - mention.end < 60);
          if (next) {
            addIssuer(next.id, next.match.text);
            // "The X Series Standard is issued by Y, and involves two standards: X Part 1 … and X Part 2 …".
            for (const part of sentence.documents) {
              const partEntity = entityOf.get(part);
              if (part === mention || !partEntity || part.start < next.match.end || !sharesOpening(part.title, mention.title)) continue;
              builder.edge(partEntity.id, next.id, 'issued_by', provenance);
              facts.noteAbout(partEntity.id, quote, 2);
            }
          }
        }
        if (mention.relation) {
          const subject = primaryDocuments[0];
          if (subject && subject !== entity.id) builder.edge(subject, entity.id, mention.relation, provenance);
        }
      }
      // When something takes effect: the document the phrase follows, else the item's own document.
      const effect = effectiveDateOf(read, quote);
      if (effect) {
        const before = sentence.documents.filter((mention) => mention.end <= effect.at && entityOf.has(mention));
        const subject = before.length > 0 ? entityOf.get(before[before.length - 1]!)?.id : /^(?:The|These|This|It)\b/.test(quote) ? primaryDocuments[0] : undefined;
        const node = subject ? builder.node<DocumentNode>(subject, () => { throw new Error('unreachable'); }) : undefined;
        if (node) node.effective ??= effect.date;
      }
    });

    // Co-issuers an item names elsewhere: "MIIT and four other departments issued the Notice …
    // MIIT, in conjunction with the MPS, the MOHURD and the MOT, has decided …".
    const primary = primaryDocuments[0];
    if (primary && OTHER_ISSUERS.test(itemText)) {
      const known = new Set(builder.targetsOf(primary, 'issued_by'));
      for (const sentence of read.sentences) {
        const text = sentence.sentence.text;
        const authorityIds = sentence.authorities.map((match) => ({ match, id: ensureAuthority(builder, match) }));
        for (const phrase of text.matchAll(CO_ISSUER_PHRASE)) {
          const lead = authorityIds.filter(({ match }) => match.end <= phrase.index && /^[\s,]*$/.test(text.slice(match.end, phrase.index)));
          if (!lead.some(({ id }) => known.has(id))) continue;
          for (const { match, id } of listedAfter(authorityIds, text, phrase.index + phrase[0].length)) {
            builder.edge(primary, id, 'issued_by', sourceOf(read, text));
            const names = issuersOf.get(primary) ?? new Set<string>();
            names.add(match.text);
            issuersOf.set(primary, names);
          }
        }
      }
    }

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
    node.summary = facts.lineOf(entity.id);
    const issuers = builder
      .targetsOf(entity.id, 'issued_by')
      .map((id) => builder.node<AuthorityNode>(id, () => { throw new Error('unreachable'); }));
    node.kind = classifyDocument(node.name, entity.code, entity.campaign, { issuers, standardHint: facts.hintOf(entity.id), joint: facts.isJoint(entity.id) || issuers.length >= 3,
      local: facts.isLocal(entity.id),
      byNotice: facts.isByNotice(entity.id),
    });
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
export function fillTopicLists(graph: Graph): void {
  const topicsByNode = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.type !== 'about') continue;
    topicsByNode.set(edge.source, [...(topicsByNode.get(edge.source) ?? []), edge.target]);
  }
  for (const node of graph.nodes) node.topics = (topicsByNode.get(node.id) ?? []).sort();
}

export { nameKey };
