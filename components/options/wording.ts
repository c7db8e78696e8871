/** Small pieces of wording shared by the options page's sections. */
import { formatDate } from '../../lib/graph/format-date';
import type { UserData } from '../../lib/storage/schema';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 imports, 3 notes, highlighting settings". */
export function summarize(data: UserData): string {
  const parts = [plural(data.imports.length, 'import'), plural(data.notes.length, 'note')];
  if (data.settings) parts.push('highlighting settings');
  if (data.setAside.length > 0) parts.push(plural(data.setAside.length, 'set-aside item'));
  return parts.join(', ');
}

/** A stored ISO time as the day it was in the user's time zone, written as all dates in TMT Lens are ("23 Nov 2026"). */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return formatDate(`${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`);
}
