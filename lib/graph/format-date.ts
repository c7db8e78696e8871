/**
 * Dates as a lawyer reads them ("19 Dec 2022"; in Chinese "2022年12月19日"), keeping partial
 * dates partial: a newsletter that says "December 2022" must not be shown as the 1st of December.
 */
import type { UiLanguage } from '../i18n/ui-language';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(iso: string | undefined, language: UiLanguage = 'en'): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!year || !monthName) return year ?? iso;
  if (language === 'zh-CN') return `${year}年${Number(month)}月${day ? `${Number(day)}日` : ''}`;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
