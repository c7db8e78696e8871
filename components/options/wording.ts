/** Small pieces of wording shared by the options page's sections. */
import type { PageI18n } from '../../lib/ext/ui-language';
import { formatDate } from '../../lib/graph/format-date';
import type { Translate } from '../../lib/i18n/translate';
import type { UserData } from '../../lib/storage/schema';

/** "2 imports, 3 notes, highlighting settings". */
export function summarize(t: Translate, data: UserData): string {
  const parts = [t('count.import', data.imports.length), t('count.note', data.notes.length)];
  if (data.settings) parts.push(t('count.highlightSettings'));
  if (data.setAside.length > 0) parts.push(t('count.setAside', data.setAside.length));
  return parts.join(t('common.listSeparator'));
}

/** A stored ISO time as the day it was in the user's time zone, written as all dates in TMT Lens are ("23 Nov 2026"). */
export function formatDay(iso: string, language: PageI18n['language']): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return formatDate(`${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`, language);
}
