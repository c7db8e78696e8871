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
}

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
const FINAL_CONTEXT = /\b(?:issued|released|published|promulgated|took effect|came into effect|come into effect|take effect|effective|implemented|formally|officially|in accordance with|pursuant to|under the|according to)\b/i;
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
    const verb = text.match(ISSUING_VERB);
    const issuingVerbAt = verb?.index;
    // "Beijing Municipal Administration for Market Regulation" ends in a head noun, but a body the
    // gazetteer lists is an authority, never a title.
    const titles = findTitles(text).filter((title) => gazetteerSlugFor(title.text) === undefined);
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
      const objects = issuedObjects(text, issuingVerbAt + verb[0].length, documents);
      for (const doc of documents) doc.issuedHere = objects.has(doc.start);
    }
    const authorities = findAuthorities(text, documents);
    return { sentence, inHeading, documents, authorities, issuingVerbAt };
  });
}
