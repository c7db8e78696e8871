/**
 * The hover card's messages that only the background and the card frame read (protocol.ts has
 * those the content script reads too): the pairing hello, the content script's request as the
 * background checks it, and what the background tells the frame to draw.
 */
import { z } from 'zod/mini';
import { entryCardSchema, isEntryId } from '../messages';
import { pixels, sequence } from './protocol';

const token = z.string().check(z.regex(/^[0-9a-f]{32}$/));
const entryId = z.custom<string>(isEntryId, 'expected an entry id');

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

/** How the page wrote a name, for the card's note ("Written here as “…”"): the page's own words. */
export const cardNote = z.object({ via: z.enum(['defined', 'variant', 'typo']), written: z.string().check(z.maxLength(500)) });
export type CardNote = z.infer<typeof cardNote>;

/** The note for a name a recogniser found other than by its exact name; none for the rest. */
export function cardNoteOf(via: CardShowRequest['via'], written: string | undefined): CardNote | undefined {
  return written && (via === 'defined' || via === 'variant' || via === 'typo') ? { via, written } : undefined;
}

/**
 * What the frame draws: an entry, an entry only the imports know, or why there is none. Words
 * go as codes: the frame says them in the UI's language.
 */
export const cardContent = z.union([
  z.object({ entry: entryCardSchema, note: z.optional(cardNote), canOpen: z.boolean() }),
  z.object({ imported: z.object({ id: entryId }) }),
  z.object({ error: z.enum(['noSuchEntry']) }),
]);
export type CardContent = z.infer<typeof cardContent>;

/** background → frame. */
export const cardFrameShow = z.object({ show: z.object({ seq: sequence, content: cardContent, maxWidth: pixels }) });

