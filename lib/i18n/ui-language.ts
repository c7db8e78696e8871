/**
 * The languages TMT Lens's own UI speaks, and which one a page uses: the user's choice on the
 * options page, or, left on Automatic, the one the browser picked for the extension. Entry
 * names and other graph data keep their own language whatever this says.
 */
import { z } from 'zod/mini';

export const UI_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** What the options page offers: follow the browser, or one language. */
export const uiLanguageChoiceSchema = z.enum(['auto', ...UI_LANGUAGES]);
export type UiLanguageChoice = z.infer<typeof uiLanguageChoiceSchema>;

/**
 * Each language's name in itself, as language menus write them: a reader who cannot read the
 * current UI still finds their own language, so these are never translated.
 */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = { en: 'English', 'zh-CN': '简体中文' };

/**
 * `browserLanguage` is the language tag of the messages file the browser chose for the
 * extension (the `language.tag` message): the same file the manifest's name and the commands
 * are read from, so an Automatic UI always matches them.
 */
export function resolveUiLanguage(choice: UiLanguageChoice | undefined, browserLanguage: string | undefined): UiLanguage {
  if (choice !== undefined && choice !== 'auto') return choice;
  return isUiLanguage(browserLanguage) ? browserLanguage : 'en';
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return (UI_LANGUAGES as readonly unknown[]).includes(value);
}
