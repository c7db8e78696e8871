/**
 * The shape of the curated core layer: the PRC instruments that TMT pages cite constantly,
 * whether or not a bundled newsletter names them. Every fact an entry fills is backed by a
 * stored public page: its address and a verbatim quote that supports the fact. An entry with
 * fewer facts is better than one with a fact no source supports.
 */
import type { DocumentNode } from '../../graph/schema';

/** The facts of an entry a source can support. */
export type CoreField =
  | 'name'
  | 'nameZh'
  | 'aliases'
  | 'abbreviations'
  | 'zhShortNames'
  | 'kind'
  | 'status'
  | 'issuers'
  | 'adopted'
  | 'promulgated'
  | 'effective'
  | 'amended'
  | 'repealed'
  | 'code'
  | 'summary'
  | 'relations';

export interface CoreSource {
  /** Address of the stored public page (found with the search tool). */
  url: string;
  /** The page's title or publisher, as shown to the user beside the link. */
  title: string;
  /** Verbatim words from the page (an excerpt, not the whole page). */
  quote: string;
  /** The facts of the entry this quote supports. */
  supports: CoreField[];
}

export type CoreRelationType = 'based_on' | 'implements' | 'amends' | 'draft_of' | 'cites';

export interface CoreRelation {
  type: CoreRelationType;
  /** Id of another core entry or of a graph entry (document:…). */
  target: string;
  /** Index into the entry's sources of the quote that states the relation. */
  source: number;
}

export interface CoreInstrument {
  /** Stable id, document:<slug>; reuse the bundled graph's id where the graph has the instrument. */
  id: string;
  /** The usual English title, without "of the People's Republic of China". */
  name: string;
  /** The Chinese title, without 中华人民共和国 (the matcher adds that variant itself). */
  nameZh: string;
  /** Other English titles real pages use for the same instrument. */
  aliases?: string[];
  /** Abbreviations as written (PIPL, CSL). */
  abbreviations?: string[];
  /** Chinese short forms (个保法, 网安法). */
  zhShortNames?: string[];
  kind: DocumentNode['kind'];
  /** final (adopted, issued) or draft (published for comment). */
  status: 'final' | 'draft';
  /** Authority slugs of lib/knowledge/authorities.ts or of core authorities. */
  issuers?: string[];
  /** ISO dates (YYYY-MM-DD). */
  adopted?: string;
  promulgated?: string;
  effective?: string;
  /** Dates of amendments or revisions that took effect or were adopted. */
  amended?: string[];
  repealed?: string;
  /** Standard code such as "GB/T 35273-2020". */
  code?: string;
  /** One line of what it does, in our own words, supported by a source's quote. */
  summary: string;
  relations?: CoreRelation[];
  sources: CoreSource[];
}

/** An issuing body the gazetteer lacks, with its sources. */
export interface CoreAuthority {
  slug: string;
  name: string;
  nameZh: string;
  aliases?: string[];
  abbreviations?: string[];
  kind: 'ministry' | 'regulator' | 'court' | 'procuratorate' | 'standards_body' | 'legislature' | 'government' | 'party' | 'other';
  sources: CoreSource[];
}

/** Other names of an authority already in the gazetteer: translations, former names, Chinese short forms. */
export interface AuthorityVariant {
  /** Slug in lib/knowledge/authorities.ts (or of a CoreAuthority). */
  slug: string;
  /** Other English renderings real pages use for the body as it is now. */
  aliases?: string[];
  /** Names the body had before a reform or rename, with the years they applied where a source gives them. */
  formerNames?: Array<{ name: string; nameZh?: string; from?: number; to?: number }>;
  /** Chinese short forms (网信办, 市场监管总局, 最高法). */
  zhShortNames?: string[];
  sources: Array<Omit<CoreSource, 'supports'> & { supports: Array<'aliases' | 'formerNames' | 'zhShortNames'> }>;
}

/** A court case real pages cite by its parties or number: other names, the number, and sources. */
export interface CoreCase {
  /** Reuse the bundled graph's id where the graph has the case. */
  id: string;
  name: string;
  aliases?: string[];
  /** The case number as a source writes it; both the English and the Chinese form are matched. */
  caseNumber?: string;
  /** The deciding court, or the agency for an enforcement decision, by its English name. */
  court?: string;
  /**
   * Slug of the deciding body in lib/knowledge/authorities.ts (or a core authority): the case is
   * linked to it (decided_by), with the quote that supports `court` as evidence.
   */
  decidedBy?: string;
  /** Date of the judgment or decision (ISO). */
  date?: string;
  summary?: string;
  sources: Array<Omit<CoreSource, 'supports'> & { supports: Array<'name' | 'aliases' | 'caseNumber' | 'court' | 'date' | 'summary'> }>;
}

/** The Chinese title of a document the newsletters name, with the page that confirms it. */
export interface DocumentTitleZh {
  id: string;
  nameZh: string;
  url: string;
  title: string;
  quote: string;
}
