/**
 * The graph's codes in the UI's language, from the codes alone: entry types, kinds, statuses,
 * levels and dated facts. Kept apart from the graph's own code so that the hover card's frame,
 * which receives codes rather than entries, words them exactly as the side panel does
 * (components/i18n/labels.ts builds on these).
 */
import { formatDate } from '../graph/format-date';
import type { Translate } from './translate';
import type { UiLanguage } from './ui-language';

/** Keys built from a code are not known to the type checker; the labels test checks them all. */
export function byCode(t: Translate, key: string, fallback: string, named?: Readonly<Record<string, string | number>>): string {
  const text = (t as unknown as (key: string, named?: object) => string)(key, named);
  return text === key ? fallback : text;
}

export function typeLabel(t: Translate, type: string): string {
  return byCode(t, `type.${type}`, type);
}

export function pluralTypeLabel(t: Translate, type: string): string {
  return byCode(t, `types.${type}`, type);
}

export function statusLabel(t: Translate, status: string): string {
  return byCode(t, `status.${status}`, status);
}

export function validityLabel(t: Translate, validity: string): string {
  return byCode(t, `validity.${validity}`, validity);
}

export function levelLabel(t: Translate, level: string): string {
  return byCode(t, `level.${level}`, level);
}

/** An authority's or a document's kind ("Departmental rule"). */
export function kindCodeLabel(t: Translate, kind: string): string {
  return byCode(t, `kind.${kind}`, kind);
}

/** A document's rank with the Chinese term beside it where the UI's own word is another ("Departmental rule · 部门规章"). */
export function rankCodeLabel(t: Translate, kind: string, termZh: string | undefined): string {
  if (kind === 'unknown') return t('entry.rankUnknown');
  const label = kindCodeLabel(t, kind);
  return termZh && termZh !== label ? t('entry.rank', { kind: label, termZh }) : label;
}

/** What kind of date an entry has, as the graph names them. */
export const DATE_KINDS = ['decided', 'issued', 'adopted', 'commentDate', 'effective'] as const;
export type DateKind = (typeof DATE_KINDS)[number];

/** A date with what it is ("Issued 6 Jan 2023", "2023年1月6日 发布"). */
export function datedCodeLabel(t: Translate, language: UiLanguage, date: { kind: DateKind; iso: string }): string {
  return byCode(t, `dated.${date.kind}`, date.iso, { date: formatDate(date.iso, language) });
}
