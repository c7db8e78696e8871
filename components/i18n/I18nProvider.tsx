/**
 * Gives a page its language: the one it started in, then whatever the user switches to on the
 * options page (every open page follows at once). Keeps the document's `lang` and, if asked,
 * its title in step.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { applyDocumentLanguage, watchPageI18n, type PageI18n } from '../../lib/ext/ui-language';
import type { MessageKey } from '../../lib/i18n/translate';
import { I18nContext } from './i18n-context';

interface I18nProviderProps {
  initial: PageI18n;
  /** The message the document's title is read from. */
  titleKey?: MessageKey;
  children: ReactNode;
}

export function I18nProvider({ initial, titleKey, children }: I18nProviderProps) {
  const [i18n, setI18n] = useState(initial);
  useEffect(() => watchPageI18n(initial.language, setI18n), [initial.language]);
  useEffect(() => {
    applyDocumentLanguage(i18n.language, titleKey ? (i18n.t as (key: string) => string)(titleKey) : undefined);
  }, [i18n, titleKey]);
  return <I18nContext value={i18n}>{children}</I18nContext>;
}
