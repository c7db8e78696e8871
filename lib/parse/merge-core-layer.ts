/**
 * Merges the curated core layer (lib/knowledge/core/) into a graph built from newsletters. One
 * entry per instrument: a core entry the graph already has (by id, or by one of its names) is
 * enriched under the graph's id, keeping its newsletter sources and relations; its curated facts
 * (title, Chinese title, rank, status, dates, summary) replace what the parser guessed, since each
 * comes with the quote that supports it. Issuers and relations become edges whose provenance is
 * that quote. Pure: the caller validates the result.
 */
import type { AuthorityVariant, CoreAuthority, CoreCase, CoreField, CoreInstrument, CoreSource, DocumentTitleZh } from '../knowledge/core/types';
import { fillTopicLists } from './build-graph';
import { gazetteerEntry } from './find-authorities';
import { nameKey } from './normalize';
import { isTitleInQuotes } from './title-in-quotes';
import { topicsOf } from './topics-of';
import { TOPICS } from '../knowledge/topics';
import { CORE_SOURCE } from '../graph/entry-origin';
import type { AuthorityNode, DocumentNode, Graph, GraphEdge, GraphNode, Source } from '../graph/schema';


export interface CoreLayer {
  instruments: readonly CoreInstrument[];
  authorities: readonly CoreAuthority[];
  variants: readonly AuthorityVariant[];
  cases: readonly CoreCase[];
  titlesZh: readonly DocumentTitleZh[];
}

export interface CoreMergeReport {
  /** Core entries that enriched an entry the newsletters already had. */
  enriched: string[];
  /** Core entries the newsletters do not mention. */
  added: string[];
  /** Relations whose target is in neither layer (dropped). */
  danglingRelations: string[];
  /** Issuers found in neither the gazetteer nor the core authorities (dropped). */
  unknownIssuers: string[];
}

const FIELD_LABELS: Record<string, string> = {
  caseNumber: 'case number',
  court: 'court',
  date: 'judgment date',
  name: 'English title',
  nameZh: 'Chinese title',
  aliases: 'other titles',
  abbreviations: 'abbreviations',
  zhShortNames: 'Chinese short names',
  kind: 'legal rank',
  status: 'status',
  issuers: 'issuer',
  adopted: 'adoption date',
  promulgated: 'issue date',
  effective: 'effective date',
  amended: 'amendments',
  repealed: 'repeal',
  code: 'standard code',
  summary: 'summary',
  relations: 'relations',
};

/** A curated source as the graph stores it: the page's title in place of a newsletter issue. */
export function toGraphSource(source: Pick<CoreSource, 'url' | 'title' | 'quote'> & { supports: readonly string[] }): Source {
  const supports = source.supports.map((field) => FIELD_LABELS[field] ?? field);
  return { newsletter: CORE_SOURCE, issue: source.title, section: '', item: '', quote: source.quote, url: source.url, supports };
}

function sourceFor(instrument: CoreInstrument, field: CoreField): Source | undefined {
  const found = instrument.sources.find((source) => source.supports.includes(field));
  return found && toGraphSource(found);
}

function namesOf(instrument: CoreInstrument): string[] {
  return [instrument.name, ...(instrument.aliases ?? []), instrument.nameZh];
}

function addUnique(target: string[], values: readonly string[], except: readonly string[] = []): void {
  for (const value of values) if (!target.includes(value) && !except.includes(value)) target.push(value);
}

class CoreMerger {
  private nodes = new Map<string, GraphNode>();
  private edges = new Map<string, GraphEdge>();
  private documentByKey = new Map<string, string>();
  /** Core id → the id the entry has in the merged graph. */
  private idOf = new Map<string, string>();
  readonly report: CoreMergeReport = { enriched: [], added: [], danglingRelations: [], unknownIssuers: [] };

  constructor(
    graph: Graph,
    private readonly layer: CoreLayer,
  ) {
    for (const node of graph.nodes) this.nodes.set(node.id, structuredClone(node));
    for (const edge of graph.edges) this.edges.set(edgeKey(edge), structuredClone(edge));
    for (const node of this.nodes.values()) {
      if (node.type !== 'document') continue;
      for (const name of [node.name, ...node.aliases]) {
        const key = documentKey(name, node.status === 'draft');
        if (!this.documentByKey.has(key)) this.documentByKey.set(key, node.id);
      }
    }
  }

  merge(): Graph {
    // Chinese titles first: a core entry then finds a newsletter entry by its Chinese title too.
    for (const title of this.layer.titlesZh) this.mergeTitleZh(title);
    for (const instrument of this.layer.instruments) this.mergeInstrument(instrument);
    for (const instrument of this.layer.instruments) this.linkInstrument(instrument);
    for (const variant of this.layer.variants) this.mergeVariant(variant);
    for (const entry of this.layer.cases) this.mergeCase(entry);
    // A body pages name is recognised only if the graph holds it, whether or not a core entry cites it as issuer or court.
    for (const authority of this.layer.authorities) this.addCoreAuthority(authority);
    const nodes = [...this.nodes.values()].sort((a, b) => a.id.localeCompare(b.id));
    const edges = [...this.edges.values()].sort(
      (a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || a.type.localeCompare(b.type),
    );
    const graph: Graph = { version: 1, nodes, edges };
    fillTopicLists(graph);
    return graph;
  }

  private existingIdOf(instrument: CoreInstrument): string | undefined {
    const byId = this.nodes.get(instrument.id);
    if (byId?.type === 'document') return byId.id;
    for (const name of namesOf(instrument)) {
      const id = this.documentByKey.get(documentKey(name, instrument.status === 'draft'));
      if (id) return id;
    }
    return undefined;
  }

  private mergeInstrument(instrument: CoreInstrument): void {
    const existingId = this.existingIdOf(instrument);
    const id = existingId ?? instrument.id;
    this.idOf.set(instrument.id, id);
    const sources = instrument.sources.map(toGraphSource);
    const aliases = [...(instrument.aliases ?? []), instrument.nameZh, ...(instrument.zhShortNames ?? [])];
    // A draft's date is the day it was published for comment, which the graph keeps apart from an
    // issue date (as the newsletters' drafts do), so the card does not call a draft issued.
    const draft = instrument.status === 'draft';
    const published = instrument.promulgated ?? instrument.adopted;
    const facts = {
      kind: instrument.kind,
      status: instrument.status,
      code: instrument.code,
      issued: draft ? undefined : published,
      commentDate: draft ? published : undefined,
      effective: instrument.effective,
      nameZh: instrument.nameZh,
      adopted: instrument.adopted,
      amended: instrument.amended,
      repealed: instrument.repealed,
    };
    const existing = existingId ? this.nodes.get(existingId) : undefined;
    if (existing?.type === 'document') {
      this.report.enriched.push(id);
      const oldName = existing.name;
      existing.name = instrument.name;
      addUnique(existing.aliases, [oldName, ...aliases], [instrument.name]);
      addUnique(existing.abbreviations, instrument.abbreviations ?? []);
      existing.summary = instrument.summary;
      existing.jurisdiction = 'PRC';
      for (const [field, value] of Object.entries(facts)) {
        if (value !== undefined) (existing as Record<string, unknown>)[field] = value;
      }
      existing.sources.push(...sources);
    } else {
      this.report.added.push(id);
      const node: DocumentNode = {
        id,
        type: 'document',
        name: instrument.name,
        aliases: aliases.filter((alias, index) => alias !== instrument.name && aliases.indexOf(alias) === index),
        abbreviations: [...(instrument.abbreviations ?? [])],
        summary: instrument.summary,
        topics: [],
        sources,
        jurisdiction: 'PRC',
        kind: instrument.kind,
        status: instrument.status,
      };
      for (const [field, value] of Object.entries(facts)) {
        if (value !== undefined) (node as Record<string, unknown>)[field] = value;
      }
      this.nodes.set(id, node);
    }
    for (const name of namesOf(instrument)) this.documentByKey.set(documentKey(name, instrument.status === 'draft'), id);
    this.markTranslatedTitle(id, instrument, existing?.type === 'document' ? existing.name : undefined);
  }

  /**
   * An English title no quote writes, and not the one a newsletter used, is a translation: the
   * node says so, and the sources no longer claim to support an English title they do not write.
   */
  private markTranslatedTitle(id: string, instrument: CoreInstrument, newsletterName: string | undefined): void {
    const node = this.nodes.get(id);
    if (node?.type !== 'document') return;
    const written = newsletterName !== undefined && nameKey(newsletterName) === nameKey(instrument.name);
    if (written || isTitleInQuotes(instrument.name, node.sources.map((source) => source.quote))) {
      delete node.titleTranslated;
      return;
    }
    node.titleTranslated = true;
    const label = FIELD_LABELS.name!;
    for (const source of node.sources) {
      if (source.newsletter === CORE_SOURCE && source.supports?.includes(label)) source.supports = source.supports.filter((field) => field !== label);
    }
  }

  /** Issuers, relations and topics, once every core entry has its id. */
  private linkInstrument(instrument: CoreInstrument): void {
    const id = this.idOf.get(instrument.id)!;
    const issuerSource = sourceFor(instrument, 'issuers');
    if (issuerSource) {
      for (const slug of instrument.issuers ?? []) {
        const authorityId = this.ensureAuthority(slug, issuerSource);
        if (authorityId) this.addEdge(id, authorityId, 'issued_by', issuerSource);
        else this.report.unknownIssuers.push(`${instrument.id} → ${slug}`);
      }
    }
    for (const relation of instrument.relations ?? []) {
      const target = this.idOf.get(relation.target) ?? relation.target;
      const quote = instrument.sources[relation.source];
      if (!this.nodes.has(target) || !quote) {
        this.report.danglingRelations.push(`${instrument.id} ${relation.type} ${relation.target}`);
        continue;
      }
      this.addEdge(id, target, relation.type, toGraphSource(quote));
    }
    const summarySource = sourceFor(instrument, 'summary') ?? toGraphSource(instrument.sources[0]!);
    for (const slug of new Set([...topicsOf(instrument.name), ...topicsOf(instrument.summary)])) {
      const topic = TOPICS.find((candidate) => candidate.slug === slug);
      if (!topic) continue;
      const topicId = `topic:${slug}`;
      if (!this.nodes.has(topicId)) {
        this.nodes.set(topicId, { id: topicId, type: 'topic', name: topic.name, aliases: [], abbreviations: [], summary: '', topics: [], sources: [summarySource] });
      }
      this.addEdge(id, topicId, 'about', summarySource);
    }
  }

  private mergeVariant(variant: AuthorityVariant): void {
    const first = variant.sources[0];
    if (!first) return;
    const id = this.ensureAuthority(variant.slug, toGraphSource(first));
    const node = id ? this.nodes.get(id) : undefined;
    if (node?.type !== 'authority') return;
    const former = variant.formerNames ?? [];
    addUnique(node.aliases, [...(variant.aliases ?? []), ...(variant.zhShortNames ?? []), ...former.flatMap((entry) => [entry.name, ...(entry.nameZh ? [entry.nameZh] : [])])], [node.name]);
    if (former.length > 0) node.formerNames = [...(node.formerNames ?? []), ...former];
    for (const source of variant.sources) this.addSource(node, toGraphSource(source));
  }

  /** A Chinese title for a document the newsletters name in English only. */
  private mergeTitleZh(title: DocumentTitleZh): void {
    const node = this.nodes.get(title.id);
    if (node?.type !== 'document') {
      this.report.danglingRelations.push(`Chinese title for ${title.id}`);
      return;
    }
    node.nameZh ??= title.nameZh;
    addUnique(node.aliases, [title.nameZh], [node.name]);
    this.documentByKey.set(documentKey(title.nameZh, node.status === 'draft'), node.id);
    this.addSource(node, toGraphSource({ ...title, supports: ['nameZh'] }));
  }

  private mergeCase(entry: CoreCase): void {
    const sources = entry.sources.map(toGraphSource);
    const existing = this.nodes.get(entry.id);
    const names = [...(entry.aliases ?? []), ...(entry.caseNumber ? [entry.caseNumber] : [])];
    if (existing?.type === 'case') {
      this.report.enriched.push(entry.id);
      const oldName = existing.name;
      existing.name = entry.name;
      addUnique(existing.aliases, [oldName, ...names], [entry.name]);
      if (entry.caseNumber) existing.caseNumber = entry.caseNumber;
      if (entry.court) existing.court = entry.court;
      if (entry.date) existing.date = entry.date;
      if (entry.summary) existing.summary = entry.summary;
      existing.sources.push(...sources);
      this.linkCase(entry);
      return;
    }
    this.report.added.push(entry.id);
    this.nodes.set(entry.id, {
      id: entry.id,
      type: 'case',
      name: entry.name,
      aliases: names.filter((name) => name !== entry.name),
      abbreviations: [],
      summary: entry.summary ?? '',
      topics: [],
      sources,
      ...(entry.caseNumber ? { caseNumber: entry.caseNumber } : {}),
      ...(entry.court ? { court: entry.court } : {}),
      ...(entry.date ? { date: entry.date } : {}),
    });
    this.linkCase(entry);
  }

  /** The court or agency that decided the case, with the quote that names it. */
  private linkCase(entry: CoreCase): void {
    if (!entry.decidedBy) return;
    const quote = entry.sources.find((source) => source.supports.includes('court'));
    if (!quote) return;
    const evidence = toGraphSource(quote);
    const authorityId = this.ensureAuthority(entry.decidedBy, evidence);
    if (authorityId) this.addEdge(entry.id, authorityId, 'decided_by', evidence);
    else this.report.unknownIssuers.push(`${entry.id} → ${entry.decidedBy}`);
  }

  /** A core authority no instrument or case refers to: its node, backed by its own sources only. */
  private addCoreAuthority(authority: CoreAuthority): void {
    const first = authority.sources[0];
    if (this.nodes.has(`authority:${authority.slug}`) || !first) return;
    const id = this.ensureAuthority(authority.slug, toGraphSource(first));
    const node = id ? this.nodes.get(id) : undefined;
    if (node) node.sources = node.sources.filter((source, index) => node.sources.findIndex((other) => other.url === source.url && other.quote === source.quote) === index);
  }

  /** The authority's node, created from the gazetteer or the core authorities when the graph lacks it. */
  private ensureAuthority(slug: string, evidence: Source): string | undefined {
    const id = `authority:${slug}`;
    const existing = this.nodes.get(id);
    if (existing) {
      this.addSource(existing, evidence);
      return id;
    }
    const known = gazetteerEntry(slug);
    const core = this.layer.authorities.find((authority) => authority.slug === slug);
    if (!known && !core) return undefined;
    const name = known?.name ?? core!.name;
    const nameZh = known?.nameZh ?? core?.nameZh;
    const node: AuthorityNode = {
      id,
      type: 'authority',
      name,
      aliases: [...new Set([...(known?.aliases ?? []), ...(core?.aliases ?? []), ...(nameZh ? [nameZh] : [])])].filter((alias) => alias !== name),
      abbreviations: [...new Set([...(known?.abbreviations ?? []), ...(core?.abbreviations ?? [])])],
      summary: '',
      topics: [],
      sources: [...(core ? core.sources.map(toGraphSource) : []), evidence],
      nameZh,
      kind: known?.kind ?? core!.kind,
      level: known?.level ?? 'national',
    };
    this.nodes.set(id, node);
    return id;
  }

  private addSource(node: GraphNode, source: Source): void {
    if (node.sources.some((existing) => existing.url === source.url && existing.quote === source.quote)) return;
    node.sources.push(source);
  }

  private addEdge(source: string, target: string, type: GraphEdge['type'], provenance: Source): void {
    if (source === target) return;
    const edge: GraphEdge = { source, target, type, weight: 1, sources: [provenance] };
    const key = edgeKey(edge);
    const existing = this.edges.get(key);
    if (!existing) this.edges.set(key, edge);
    else if (!existing.sources.some((known) => known.url === provenance.url && known.quote === provenance.quote)) existing.sources.push(provenance);
  }
}

/** Name keys ignore draft markers, so a draft and its final version are told apart by status. */
/**
 * A trailing (试行) is the trial marker of the same instrument: sources and newsletters write
 * 工业和信息化领域数据安全管理办法 with it or without it.
 */
const TRIAL_MARKER_ZH = /\s*[（(]\s*试行\s*[）)]\s*$/;

function documentKey(name: string, draft: boolean): string {
  return `${draft ? 'draft' : 'final'}\u0000${nameKey(name.replace(TRIAL_MARKER_ZH, ''))}`;
}

function edgeKey(edge: Pick<GraphEdge, 'source' | 'target' | 'type'>): string {
  return `${edge.source}\u0000${edge.target}\u0000${edge.type}`;
}

export function mergeCoreLayer(graph: Graph, layer: CoreLayer): { graph: Graph; report: CoreMergeReport } {
  const merger = new CoreMerger(graph, layer);
  const merged = merger.merge();
  return { graph: merged, report: merger.report };
}
