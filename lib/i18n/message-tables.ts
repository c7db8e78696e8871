/**
 * The message files, one chunk per language, loaded when a page knows which it needs: the
 * popup and the panel never load a language they do not show. Every key is in every file
 * (test/lib/i18n/messages.test.ts), so no page needs English as a fallback.
 */
import type { MessageTree } from './translate';
import type { UiLanguage } from './ui-language';

export function loadMessageTable(language: UiLanguage): Promise<MessageTree> {
  return language === 'zh-CN'
    ? import('../../locales/zh_CN.json').then((module) => module.default as MessageTree)
    : import('../../locales/en.json').then((module) => module.default as MessageTree);
}
