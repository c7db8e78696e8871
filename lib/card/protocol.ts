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
 * background to the frame alone. What only the background and the frame read is in
 * request-protocol.ts, so that the content script does not carry it.
 */
import { z } from 'zod/mini';

/** Port names: the content script's end and the card frame's end. */
export const CARD_HOST_PORT = 'tmt-lens-card-host';
export const CARD_FRAME_PORT = 'tmt-lens-card-frame';

/** The card frame's page, as the manifest lists it among the web-accessible resources. */
export const CARD_PAGE = 'card.html';

export const sequence = z.number().check(z.int(), z.nonnegative());
/** A length in CSS pixels that a card can have. */
export const pixels = z.number().check(z.nonnegative(), z.lte(4096));

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
