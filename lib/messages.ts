/**
 * Every runtime message, one schema per direction. Receivers validate with these schemas
 * and drop what does not parse, so a compromised or confused sender cannot feed a view
 * malformed data. zod/mini keeps the content script small.
 */
import { z } from 'zod/mini';
import { compiledDictionaryShape } from './match/compiled-form';
import { DATE_KINDS } from './i18n/enum-labels';

const ENTRY_ID = /^(authority|document|case|topic):[a-z0-9][a-z0-9-]*$/;
const entryId = z.string().check(z.regex(ENTRY_ID));
/** A code of the graph's enumerations (`departmental_rule`): looked up, never shown as it is. */
const code = z.string().check(z.regex(/^[a-z_]{1,40}$/));
const count = z.number().check(z.int(), z.nonnegative());

function isEntryIdList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const id: unknown = value[i];
    if (typeof id !== 'string' || !ENTRY_ID.test(id)) return false;
  }
  return true;
}

/**
 * The ids of a whole dictionary, in one check: a schema per item cost zod about 15 ms for
 * 10,000 ids, in every page that loads the user's names.
 */
const entryIdList = z.custom<string[]>(isEntryIdList, 'expected a list of entry ids');

/**
 * What the hover card shows: the one entry it was asked for, nothing more, and only what the
 * bundled graph says of it. The card sits in a web page, so it never carries the user's data.
 * The graph's enumerations go as codes, which the card's frame words in the UI's language; the
 * entry's own words (name, Chinese name, issuer, summary) stay in the language they were written in.
 */
export const entryCardSchema = z.object({
  id: entryId,
  type: z.enum(['authority', 'document', 'case', 'topic']),
  name: z.string(),
  /** An authority's or a document's kind (`departmental_rule`). */
  kind: z.optional(code),
  /** The Chinese term for a document's rank ("部门规章"). */
  rankZh: z.optional(z.string()),
  /** An authority's or a document's Chinese name. */
  nameZh: z.optional(z.string()),
  issuer: z.optional(z.string()),
  /** A document's status where sourced dates say whether it is in force (`in_force`)… */
  validity: z.optional(z.enum(['repealed', 'not_yet_in_force', 'in_force'])),
  /** …and otherwise where it is in drafting (`draft`). */
  status: z.optional(z.enum(['draft', 'final', 'unknown'])),
  /** The first of its own dates, with what it is. */
  date: z.optional(z.object({ kind: z.enum(DATE_KINDS), iso: z.string().check(z.regex(/^\d{4}(-\d{2}){0,2}$/)) })),
  summary: z.string(),
  /** An authority or a topic, told by how much TMT Lens knows of it rather than by a summary. */
  hub: z.optional(z.union([z.object({ level: z.enum(['national', 'provincial', 'municipal', 'international']), issued: count }), z.object({ entries: count })])),
  /** A case number the graph does not have, explained from the number itself. */
  caseNumber: z.optional(z.literal(true)),
  /** The entry is in the curated core layer (facts sourced from public pages). */
  reference: z.optional(z.boolean()),
  /** The English title is TMT Lens's translation: no source writes it. */
  titleTranslated: z.optional(z.literal(true)),
});
export type EntryCard = z.infer<typeof entryCardSchema>;

// popup / side panel / card frame → background
export const openSidePanelRequest = z.object({
  id: z.optional(entryId),
  view: z.optional(z.enum(['entry', 'page'])),
});
/**
 * A page's address as reports carry it: origin and path only. Query strings and fragments can
 * hold tokens, so they never leave the tab.
 */
export const pageAddress = z.string().check(z.regex(/^https?:\/\/[^/?#\s]+\/[^?#\s]*$/));

/** The address of a page URL without its query or fragment; undefined for anything but http(s). */
export function pageAddressOf(url: string): string | undefined {
  try {
    const { protocol, origin, pathname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${origin}${pathname}` : undefined;
  } catch {
    return undefined;
  }
}

export const pageMentionsReport = z.object({
  url: pageAddress,
  counts: z.record(entryId, z.number().check(z.int(), z.nonnegative())),
  /** False when highlighting is off in the tab: then the empty counts say nothing about the page. */
  active: z.optional(z.boolean()),
});
export type PageMentionsReport = z.infer<typeof pageMentionsReport>;

// side panel / popup → background
export const getPageMentionsRequest = z.object({ tabId: z.number().check(z.int(), z.nonnegative()) });

// side panel / popup → content script (via the tab)
export const revealMentionRequest = z.object({ id: entryId, occurrence: z.number().check(z.int(), z.nonnegative()) });

/** Errors travel back as data so the caller can show them. */
export const resultError = z.object({ error: z.string() });


export const openSidePanelResponse = z.union([z.object({ ok: z.literal(true) }), resultError]);
export type OpenSidePanelResponse = z.infer<typeof openSidePanelResponse>;

export function isEntryId(value: unknown): value is string {
  return entryId.safeParse(value).success;
}

/**
 * background → content script: the names from the user's imports, compiled by the background
 * (lib/ext/user-graph.ts), or null when there are none. Their ids go back out in the content
 * script's messages, so they are held to the entry id pattern too; loadDictionary then checks
 * the tables themselves.
 */
export const userDictionaryResponse = z.nullable(
  z.object({ ...compiledDictionaryShape, ids: entryIdList }),
);
