/**
 * Stage 2: everything one item mentions, sentence by sentence: document titles (with their
 * defined short names and draft status), standard codes, authorities, and the cue words
 * that later become edges (who issued what, what is based on or amends what).
 */
import type { Item } from './split-issue';
import { findAuthorities, gazetteerSlugFor, type AuthorityMatch } from './find-authorities';
import { findTitles } from './find-titles';
import { hasDraftMarker } from './normalize';
import { splitSentences, type Sentence } from './sentences';

export type DocumentStatusHint = 'draft' | 'final' | 'unknown';
export type Relation = 'based_on' | 'implements' | 'amends';

export interface DocumentMention {
  title: string;
  shortNames: string[];
  status: DocumentStatusHint;
  code?: string;
  /** The cue in front of the title that makes it the object of a relation. */
  relation?: Relation;
  /** Position of the mention in the sentence, and whether an issuing verb precedes it. */
  start: number;
  end: number;
  afterIssuingVerb: boolean;
  /**
   * Whether it is what the issuing verb issued: its object, or one listed with it ("issued
   * the A and the B"), not a title further on ("announced the batch of equipment that meets
   * the standard C"). Only such a title takes the item's date and the issuers before the verb.
   */
  issuedHere: boolean;
  inHeading: boolean;
  /** A campaign named in quotes ("Sword Net 2023" special operation). */
  campaign?: boolean;
  /**
   * Cited as something in force: the basis of another document, a provision applied ("stipulated
   * in", "comply with"), or a list continuing such a citation.
   */
  cited?: boolean;
  /** Named as issued by someone after it: "X (which was) issued/developed by Y". */
  issuedByAfter?: boolean;
  /** What the sentence calls it: "the mandatory national standard X", "25 industry standards, including X". */
  standardHint?: StandardHint;
}

export type StandardHint = 'national_standard' | 'industry_standard' | 'group_standard';

export interface SentenceMentions {
  sentence: Sentence;
  inHeading: boolean;
  documents: DocumentMention[];
  authorities: AuthorityMatch[];
  /** Index in the sentence of the first issuing verb, if any. */
  issuingVerbAt?: number;
}

const ISSUING_VERB = /\b(?:issued|issues|released|releases|published|publishes|promulgated|drafted|formulated|unveiled|launched|launches|solicited|solicits|sought|seeks|seeking|approved|adopted|revised|announced|enacted|proposed|introduced|kicked off|made public|jointly issued|put forward)\b/i;
const DRAFT_CONTEXT = /\b(?:draft|public comments?|comments sought|soliciting|solicited|solicit|seeking (?:public )?(?:comments|opinions)|sought (?:public )?(?:comments|opinions)|for comments?|exposure drafts?|consultation)\b/i;
const FINAL_CONTEXT = /\b(?:issued|released|published|promulgated|adopted|approved|announced|launched|kicked off|unveiled|enacted|revised|made public|took effect|came into (?:effect|force)|come into (?:effect|force)|take effect|effective|implemented|formally|officially|in accordance with|pursuant to|under the|according to)\b/i;
/** Verbs that, with no draft cue, make what they act on final. */
const FINAL_VERB = /^(?:issued|issues|released|releases|published|publishes|promulgated|approved|adopted|revised|announced|enacted|unveiled|launched|launches|kicked off|made public|jointly issued)$/i;
/**
 * Words before a title that cite it as in force: "in accordance with the X", "stipulated in
 * Article 253 of the X", "comply with the provisions of the X".
 */
const CITED_BEFORE = /(?:in accordance with|pursuant to|according to|based on|on the basis of|under|implement(?:s|ing|ation of)?|stipulated (?:in|by)|provisions? of|requirements of|compl(?:y|ies|iance) with|Article \d+ of|framework established by|meets?|meeting|presented|in line with|as required by|superior laws? such as)\s+(?:[\w’'-]+\s+){0,3}?(?:the\s+)?[“"]?$/i;
/** Words after a title that say it was issued by someone: "(which was) issued by", "was developed by". */
const ISSUED_BY_AFTER = /^[\s,]*(?:\([^()]*\)\s*)?\(?(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has been|have been)\s+)?(?:jointly\s+)?(?:issued|released|published|formulated|developed|drafted|compiled|promulgated|adopted|launched)\s+by\b/i;
/** Words after a title that say it is in force: "(…), which came into force on …", "took effect". */
const IN_FORCE_AFTER = /^[\s,]*(?:\([^()]*\)\s*)*,?\s*(?:which\s+)?(?:has\s+|have\s+|had\s+|will\s+)?(?:took|take|takes|taken|came|come|comes)\s+(?:into\s+)?(?:effect|force)\b/i;
/** The gap between two titles of one list: ", the", " and the", " as well as the". */
const LIST_GAP = /^[\s,;]*(?:(?:and|as well as|or)\s+)?(?:the\s+)?[“"]?$/i;
const STANDARD_HINT = /\b(?:mandatory\s+)?(?:financial\s+)?(national|industry|group)\s+standards?\b/gi;
const RELATION_CUES: Array<[RegExp, Relation]> = [
  [/(?:based on|in accordance with|pursuant to|according to|formulated under)\s+(?:the\s+)?(?:requirements of\s+(?:the\s+)?|provisions of\s+(?:the\s+)?|spirit of\s+(?:the\s+)?)?$/i, 'based_on'],
  [/(?:to implement|implementing|implementation of|implements?)\s+(?:the\s+)?(?:requirements of\s+(?:the\s+)?|provisions of\s+(?:the\s+)?|deployment of\s+(?:the\s+)?)?[“"]?$/i, 'implements'],
  [/(?:amendment to|amendments to|amending|revision of|revising|revises|to revise)\s+(?:the\s+)?$/i, 'amends'],
];
/**
 * Whether a code at `codeStart` follows a title ending at `titleEnd`: right after it, or after
 * parentheticals only ("… Scheduling System (T/CESA) (T/CESA 1228.1-2022)").
 */
function codeFollows(text: string, titleEnd: number, codeStart: number): boolean {
  if (Math.abs(codeStart - titleEnd) <= 3) return true;
  return codeStart > titleEnd && /^\s*(?:\([^()]{1,30}\)\s*)+\(?\s*$/.test(text.slice(titleEnd, codeStart));
}

const STANDARD_CODE = /(?<![\w/])((?:GB(?:\/[TZ])?|YD\/T|JR\/T|GA\/T|GM\/T|SJ\/T|T\/[A-Z]{2,12})\s?\d{3,6}(?:\.\d+)?\s*[-—–]\s*\d{4})(?!\d)/g;
const CAMPAIGN = /[“"]([^“”"]{4,120})[”"]\s+(?:special\s+)?(?:campaign|operation|action|rectification)|(?:campaign|operation|action)\s+(?:of|entitled|named|called)\s+[“"]([^“”"]{4,160})[”"]/gi;

/**
 * Words between an issuing verb and a title that make the title something other than what was
 * issued: a relative clause ("equipment that meets X", "guidelines, which were drafted on the
 * basis of X") or a reference ("formulated in accordance with X").
 */
const NOT_ISSUED_HERE = /\b(?:that|which|who|whose|where|meets?|meeting|compl(?:y|ies|ying)|basis|based|according|accordance|pursuant|under|implement\w*|in line with|refer\w*|following|replac\w*|supersed\w*)\b/i;
/** Longest stretch from the verb to its object: "issued a notice to solicit opinions on 12 industry standard projects, including". */
const OBJECT_GAP_MAX = 80;
/** Longest stretch from one object to the next in a list: ", and the", " as well as the". */
const LIST_GAP_MAX = 24;

/**
 * The starts of the titles an issuing verb (ending at `verbEnd`) issued, among a sentence's
 * mentions sorted by start. Parenthesised short names ("(the “Draft”)") do not count as gap.
 */
function issuedObjects(text: string, verbEnd: number, mentions: readonly { start: number; end: number }[]): Set<number> {
  const objects = new Set<number>();
  let from = verbEnd;
  for (const mention of mentions) {
    if (mention.start < from) continue; // before the verb, or a code inside the title before
    const gap = text.slice(from, mention.start).replace(/\([^()]*\)/g, '');
    if (gap.length > (objects.size === 0 ? OBJECT_GAP_MAX : LIST_GAP_MAX) || NOT_ISSUED_HERE.test(gap)) break;
    objects.add(mention.start);
    from = mention.end;
  }
  return objects;
}

/** Draft or final, read from the title and its own clause (not from other titles in the sentence). */
function statusOf(title: string, before: string, after: string): DocumentStatusHint {
  if (hasDraftMarker(title) || /\bdraft\s+(?:of\s+(?:the\s+)?)?$/i.test(before)) return 'draft';
  const clause = `${before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1)} ${after.split(/[,;:]/)[0] ?? ''}`;
  if (DRAFT_CONTEXT.test(clause)) return 'draft';
  if (FINAL_CONTEXT.test(clause)) return 'final';
  return 'unknown';
}

/** The first issuing verb that is a verb: "the revised Counter-Espionage Law" uses "revised" as an adjective. */
function issuingVerbOf(text: string): RegExpMatchArray | null {
  const pattern = new RegExp(ISSUING_VERB.source, 'gi');
  for (const match of text.matchAll(pattern)) {
    if (!/\b(?:the|a|an|its|newly)\s+$/i.test(text.slice(Math.max(0, match.index - 8), match.index))) return match;
  }
  return null;
}

/**
 * Whether a "title" is only a body, or bodies joined by "and" ("Ministry of Public Security and
 * the State Administration for Market Regulation" ends in a head noun but names no document).
 */
function namesOnlyAuthorities(title: string): boolean {
  return title.split(/\s+and\s+(?:the\s+)?|,\s*(?:and\s+)?(?:the\s+)?/).every((part) => gazetteerSlugFor(part) !== undefined);
}

/** The words after a title up to the next comma, semicolon or colon. */
function clauseAfter(text: string, end: number): string {
  return text.slice(end).split(/[,;:]/)[0] ?? '';
}

/**
 * Citations (a title cited as in force, and the titles listed with it), passive issuers after a
 * title, and what kind of standard a sentence says a title is.
 */
function markCitationsAndHints(text: string, documents: DocumentMention[]): void {
  let previous: DocumentMention | undefined;
  for (const doc of documents) {
    const before = text.slice(previous ? previous.end : 0, doc.start);
    const after = text.slice(doc.end);
    const listed = previous !== undefined && LIST_GAP.test(before.replace(/\([^()]*\)/g, ''));
    if (doc.status !== 'draft') {
      if (doc.relation || CITED_BEFORE.test(text.slice(Math.max(0, doc.start - 80), doc.start)) || (listed && previous?.cited)) doc.cited = true;
      if (ISSUED_BY_AFTER.test(after)) doc.issuedByAfter = true;
      if (doc.cited || doc.issuedByAfter || IN_FORCE_AFTER.test(after) || (doc.code && /\d{4}$/.test(doc.code))) {
        if (doc.status === 'unknown') doc.status = 'final';
      }
    }
    const hints = [...before.matchAll(STANDARD_HINT)];
    const hint = hints[hints.length - 1]?.[1]?.toLowerCase();
    if (hint) doc.standardHint = `${hint}_standard` as StandardHint;
    else if (listed && previous?.standardHint) doc.standardHint = previous.standardHint;
    previous = doc;
  }
}

function relationBefore(before: string): Relation | undefined {
  const tail = before.slice(-60);
  return RELATION_CUES.find(([pattern]) => pattern.test(tail))?.[1];
}

export function extractItem(item: Item): SentenceMentions[] {
  const parts: Array<{ sentence: Sentence; inHeading: boolean }> = [];
  if (!item.headingIsSynthetic && item.heading !== item.section) parts.push({ sentence: { text: item.heading, start: 0 }, inHeading: true });
  for (const sentence of splitSentences(item.body)) parts.push({ sentence, inHeading: false });

  return parts.map(({ sentence, inHeading }) => {
    const text = sentence.text;
    const verb = issuingVerbOf(text);
    const issuingVerbAt = verb?.index;
    // "Beijing Municipal Administration for Market Regulation" ends in a head noun, but a body the
    // gazetteer lists is an authority, never a title.
    const titles = findTitles(text).filter((title) => !namesOnlyAuthorities(title.text));
    const documents: DocumentMention[] = titles.map((title) => {
      const before = text.slice(0, title.start);
      return {
        title: title.text,
        shortNames: title.shortNames,
        status: title.forComments ? 'draft' : statusOf(title.text, before, text.slice(title.end)),
        relation: relationBefore(before),
        start: title.start,
        end: title.end,
        afterIssuingVerb: issuingVerbAt !== undefined && issuingVerbAt < title.start,
        issuedHere: false,
        inHeading,
      };
    });
    for (const match of text.matchAll(STANDARD_CODE)) {
      const code = (match[1] ?? '').replace(/\s*[-—–]\s*/, '-');
      const next = documents.find((doc) => Math.abs(doc.start - (match.index + match[0].length)) <= 3 || codeFollows(text, doc.end, match.index));
      if (next) next.code = code;
      else
        documents.push({
          title: code,
          shortNames: [],
          status: statusOf(code, text.slice(0, match.index), text.slice(match.index + match[0].length)),
          start: match.index,
          end: match.index + match[0].length,
          afterIssuingVerb: issuingVerbAt !== undefined && issuingVerbAt < match.index,
          issuedHere: false,
          inHeading,
          code,
        });
    }
    for (const match of text.matchAll(CAMPAIGN)) {
      const name = (match[1] ?? match[2] ?? '').trim().replace(/[,.]$/, '');
      if (!name || documents.some((doc) => doc.title === name)) continue;
      documents.push({
        title: name,
        shortNames: [],
        status: 'final',
        start: match.index,
        end: match.index + match[0].length,
        afterIssuingVerb: issuingVerbAt !== undefined && issuingVerbAt < match.index,
        issuedHere: false,
        inHeading,
        campaign: true,
      });
    }
    documents.sort((a, b) => a.start - b.start);
    if (verb && issuingVerbAt !== undefined) {
      const verbEnd = issuingVerbAt + verb[0].length;
      const objects = issuedObjects(text, verbEnd, documents);
      for (const doc of documents) {
        doc.issuedHere = objects.has(doc.start);
        // What the verb acts on: a draft if the words between say so ("issued a notice to solicit
        // opinions on 12 projects, including X"), final if the verb is one of issuing.
        if (doc.issuedHere && doc.status === 'unknown' && !doc.campaign) {
          if (DRAFT_CONTEXT.test(text.slice(verbEnd, doc.start)) || DRAFT_CONTEXT.test(clauseAfter(text, doc.end))) doc.status = 'draft';
          else if (FINAL_VERB.test(verb[0])) doc.status = 'final';
        }
      }
    }
    markCitationsAndHints(text, documents);
    const authorities = findAuthorities(text, documents);
    return { sentence, inHeading, documents, authorities, issuingVerbAt };
  });
}
