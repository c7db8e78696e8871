/**
 * The toolbar button's tooltip on a tab whose page hid or covered the card, in each UI language.
 * The background takes only this message from each file (named JSON imports are tree-shaken).
 */
import { card as en } from '../../locales/en.json';
import { card as zh } from '../../locales/zh_CN.json';
import type { UiLanguage } from '../i18n/ui-language';

export function hiddenCardTitle(language: UiLanguage): string {
  return (language === 'zh-CN' ? zh : en).hiddenTitle;
}
