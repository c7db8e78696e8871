/**
 * The hover card's messages in each UI language: only the groups the card says, taken from the
 * message files by name (named JSON imports are tree-shaken), so the card's frame, one small
 * script of its own, carries neither the other pages' text nor a loader for whole files.
 */
import { card as enCard, common as enCommon, dated as enDated, entry as enEntry, kind as enKind, status as enStatus, type as enType, validity as enValidity } from '../../locales/en.json';
import { card as zhCard, common as zhCommon, dated as zhDated, entry as zhEntry, kind as zhKind, status as zhStatus, type as zhType, validity as zhValidity } from '../../locales/zh_CN.json';
import { createTranslator, type MessageTree, type Translate } from '../i18n/translate';
import type { UiLanguage } from '../i18n/ui-language';

const TABLES: Readonly<Record<UiLanguage, MessageTree>> = {
  en: { card: enCard, common: enCommon, dated: enDated, entry: enEntry, kind: enKind, status: enStatus, type: enType, validity: enValidity },
  'zh-CN': { card: zhCard, common: zhCommon, dated: zhDated, entry: zhEntry, kind: zhKind, status: zhStatus, type: zhType, validity: zhValidity },
};

export function cardMessages(language: UiLanguage): MessageTree {
  return TABLES[language];
}

export function cardTranslator(language: UiLanguage): Translate {
  return createTranslator(cardMessages(language));
}
