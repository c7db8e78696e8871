/** The page's language and its `t()`, for every component under I18nProvider. */
import { createContext, use } from 'react';
import type { PageI18n } from '../../lib/ext/ui-language';

export const I18nContext = createContext<PageI18n | null>(null);

export function useI18n(): PageI18n {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('TMT Lens: a component that shows text is outside I18nProvider');
  return i18n;
}

/** The `t()` of the page's language. */
export function useT(): PageI18n['t'] {
  return useI18n().t;
}
