/**
 * Every word the hover card shows, in one place so that it can be translated. The entry's own
 * data (name, kind, issuer, status, date, summary) comes from the graph; these are the words
 * around it.
 */
/** The frame's accessible name, read by a screen reader as the user reaches it from the page (the content script's only string). */
export const CARD_FRAME_TITLE = 'TMT Lens card';

export const CARD_STRINGS = {
  coreReference: 'core reference',
  openInSidePanel: 'Open in side panel',
  inYourImports: 'In your imports',
  openImportedHint: 'Open it in the side panel to see it.',
  noSuchEntry: 'No such entry in TMT Lens.',
  unreadable: 'TMT Lens could not read this entry.',
  noteDefined: (written: string) => `Called “${written}” on this page`,
  noteVariant: (written: string) => `Written here as “${written}”`,
  noteTypo: (written: string) => `Written here as “${written}” (a misspelling)`,
} as const;

/** "Called “Certification Guidelines” on this page", "Written here as “…”", or nothing. */
export function pageNoteOf(via: string | undefined, written: string | undefined): string | undefined {
  if (!written) return undefined;
  if (via === 'defined') return CARD_STRINGS.noteDefined(written);
  if (via === 'variant') return CARD_STRINGS.noteVariant(written);
  if (via === 'typo') return CARD_STRINGS.noteTypo(written);
  return undefined;
}

/** The toolbar's badge and tooltip on a tab whose page hid or covered the card. */
export const HIDDEN_CARD_BADGE = '!';
export const HIDDEN_CARD_TITLE = 'TMT Lens stopped on this page: the page hid or covered its card. Reload the page to start again.';
