/**
 * The UI language for any extension page (popup, side panel, options, and frames such as a
 * card): the stored choice resolved against the browser's, its messages loaded, and a `t()`
 * over them. Pages render once this is ready, so nothing is drawn in one language and then
 * redrawn in another.
 */
import { browserUiLanguage } from './browser-ui-language';
import { loadMessageTable } from '../i18n/message-tables';
import { createTranslator, type Translate } from '../i18n/translate';
import { resolveUiLanguage, type UiLanguage } from '../i18n/ui-language';
import { getHighlightSettings, watchHighlightSettings } from './settings-store';

export { browserUiLanguage };

export interface PageI18n {
  language: UiLanguage;
  t: Translate;
}

export async function currentUiLanguage(): Promise<UiLanguage> {
  const settings = await getHighlightSettings();
  return resolveUiLanguage(settings.uiLanguage, browserUiLanguage());
}

export async function loadPageI18n(language?: UiLanguage): Promise<PageI18n> {
  const chosen = language ?? (await currentUiLanguage());
  return { language: chosen, t: createTranslator(await loadMessageTable(chosen)) };
}

/** Calls back with the new language's messages whenever the resolved language changes. */
export function watchPageI18n(current: UiLanguage, onChange: (i18n: PageI18n) => void): () => void {
  let shown = current;
  let stopped = false;
  const stop = watchHighlightSettings((settings) => {
    const next = resolveUiLanguage(settings.uiLanguage, browserUiLanguage());
    if (next === shown) return;
    shown = next;
    void loadPageI18n(next).then((i18n) => {
      if (!stopped && i18n.language === shown) onChange(i18n);
    });
  });
  return () => {
    stopped = true;
    stop();
  };
}

/** The page's own language, for screen readers, fonts and hyphenation. */
export function applyDocumentLanguage(language: UiLanguage, title?: string): void {
  document.documentElement.lang = language;
  if (title !== undefined) document.title = title;
}
