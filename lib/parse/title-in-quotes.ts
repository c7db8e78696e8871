/**
 * Whether a source's quote writes an English title, read as the graph matches names (nameKey:
 * case, quotes, articles, British or American spelling and "of the People's Republic of China" do
 * not count). Many instruments have no English page, so the core layer's English title is then
 * TMT Lens's own translation of the Chinese one; the graph marks it so (titleTranslated), and the
 * card and side panel say so, since a lawyer would otherwise take it for an official title.
 */
import { nameKey } from './normalize';

export function isTitleInQuotes(title: string, quotes: readonly string[]): boolean {
  const wanted = ` ${nameKey(title)} `;
  // A sentence's full stop or colon after the title is no part of it.
  return quotes.some((quote) => ` ${nameKey(quote).replace(/[.:](?=\s|$)/g, ' ').replace(/\s+/g, ' ')} `.includes(wanted));
}
