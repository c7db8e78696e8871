/**
 * The language of the messages file the browser chose for the extension (see resolveUiLanguage),
 * apart from the page loader in ui-language.ts so that a small script (the card's frame) can
 * read it without that loader's message files.
 */
import { browser } from 'wxt/browser';

export function browserUiLanguage(): string | undefined {
  try {
    // WXT types getMessage for its own generated keys; this one is read as any message is.
    const i18n = browser.i18n as unknown as { getMessage(name: string): string };
    return i18n.getMessage('language_tag') || undefined;
  } catch {
    return undefined;
  }
}
