/**
 * Starts an extension page in its UI language: reads the language (one storage read, started
 * as the page's script runs), then renders. Used by every page's main.tsx.
 */
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyDocumentLanguage, loadPageI18n } from '../../lib/ext/ui-language';
import type { MessageKey } from '../../lib/i18n/translate';
import { I18nProvider } from './I18nProvider';

export function renderPage(page: string, app: ReactNode, titleKey?: MessageKey): void {
  const root = document.getElementById('root');
  if (!root) throw new Error(`TMT Lens: #root is missing from ${page}`);
  void loadPageI18n().then((i18n) => {
    // Before the first render, so the first paint already has the right language.
    applyDocumentLanguage(i18n.language);
    createRoot(root).render(
      <StrictMode>
        <I18nProvider initial={i18n} titleKey={titleKey}>
          {app}
        </I18nProvider>
      </StrictMode>,
    );
  });
}
