/** Small pieces of wording shared by the options page's sections. */
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

/** A stored ISO time as a date in the user's locale. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
