/**
 * The hover card's messages. The card is an extension page in a frame of its own; the content
 * script that places it and the frame that draws it talk only through the background, over two
 * runtime ports paired by a random token (the frame reads it from its own address). Never over
 * window.postMessage: a page can post to the frame too, with the same origin as the content
 * script. Every end (content script, background, frame) parses what it receives with these
 * schemas and drops the rest.
 *
 * What each side learns: the content script says which entry and how the page wrote it (page
 * text it already has) and hears back only the card's size; the card's words go from the
 * background to the frame alone.
 */
import { z } from 'zod/mini';
import { entryCardSchema, isEntryId } from '../messages';

/** Port names: the content script's end and the card frame's end. */
export const CARD_HOST_PORT = 'tmt-lens-card-host';
export const CARD_FRAME_PORT = 'tmt-lens-card-frame';

/** The card frame's page, as the manifest lists it among the web-accessible resources. */
export const CARD_PAGE = 'card.html';

const token = z.string().check(z.regex(/^[0-9a-f]{32}$/));
const entryId = z.custom<string>(isEntryId, 'expected an entry id');
const sequence = z.number().check(z.int(), z.nonnegative());
/** A length in CSS pixels that a card can have. */
const pixels = z.number().check(z.nonnegative(), z.lte(4096));

/** The first message on either port: which pair it belongs to. */
export const cardHello = z.object({ hello: token });

/** How a recogniser found a mention, when not by its exact name (for the card's note). */
export const mentionVia = z.enum(['variant', 'typo', 'defined', 'case-number']);

/** content script → background: show the card of this entry. */
export const cardShowRequest = z.object({
  show: z.object({
    seq: sequence,
    id: entryId,
    /** The words as the page wrote them, when a recogniser found them (the page's own text). */
    written: z.optional(z.string().check(z.maxLength(500))),
    via: z.optional(mentionVia),
    /** The widest the card may be in this window. */
    maxWidth: pixels,
  }),
});
export type CardShowRequest = z.infer<typeof cardShowRequest>['show'];

/** What the frame draws: an entry, an entry only the imports know, or why there is none. */
export const cardContent = z.union([
  z.object({ entry: entryCardSchema, note: z.optional(z.string()), canOpen: z.boolean() }),
  z.object({ imported: z.object({ id: entryId }) }),
  z.object({ error: z.string() }),
]);
export type CardContent = z.infer<typeof cardContent>;

/** background → frame. */
export const cardFrameShow = z.object({ show: z.object({ seq: sequence, content: cardContent, maxWidth: pixels }) });

/**
 * frame → background → content script: the card is drawn and this big; the pointer or the
 * keyboard focus is on it (so it stays up); the user pressed Escape in it.
 */
export const cardFrameEvent = z.union([
  z.object({ shown: z.object({ seq: sequence, width: pixels, height: pixels }) }),
  z.object({ holding: z.boolean() }),
  z.object({ close: z.literal(true) }),
]);
export type CardFrameEvent = z.infer<typeof cardFrameEvent>;

/** background → content script: the frame's events, and word that the frame has loaded or is gone. */
export const cardHostEvent = z.union([cardFrameEvent, z.object({ frameReady: z.literal(true) }), z.object({ frameGone: z.literal(true) })]);
export type CardHostEvent = z.infer<typeof cardHostEvent>;

/** A new pairing token: 128 random bits as hex. */
export function newCardToken(random: (bytes: Uint8Array) => Uint8Array): string {
  return [...random(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
