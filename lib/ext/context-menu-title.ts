/**
 * The context-menu item's title in each UI language. The background takes only this group
 * of messages from each file (named JSON imports are tree-shaken), not every page's text.
 */
import { contextMenu as en } from '../../locales/en.json';
import { contextMenu as zh } from '../../locales/zh_CN.json';
import { createTranslator } from '../i18n/translate';
import type { UiLanguage } from '../i18n/ui-language';

const translators = { en: createTranslator({ contextMenu: en }), 'zh-CN': createTranslator({ contextMenu: zh }) };

/** `%s` stands for the selected text (the browser fills it in). */
export function contextMenuTitle(language: UiLanguage): string {
  return translators[language]('contextMenu.lookUp');
}
