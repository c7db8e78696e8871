/**
 * The card frame's accessible name in each UI language, read by a screen reader as the user
 * reaches the frame from the page: the content script's only words, so it takes this one group
 * from each message file (named JSON imports are tree-shaken) and nothing else.
 */
import { cardFrame as en } from '../../locales/en.json';
import { cardFrame as zh } from '../../locales/zh_CN.json';
import type { UiLanguage } from '../i18n/ui-language';

export function cardFrameTitle(language: UiLanguage): string {
  return (language === 'zh-CN' ? zh : en).title;
}
