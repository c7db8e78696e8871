/**
 * Build time: the compiled dictionary → the packed text the content script ships
 * (lib/match/unpack-dictionary.ts reads it back): its JSON, compressed (compress-text.ts),
 * about half the size, since names repeat the same words.
 *
 * The ids go in as one string, comma-separated, with spaces for hyphens: an id is mostly its
 * entry's name as a slug ("document:data-security-law"), so spelled that way it repeats text
 * from the labels and is stored as a reference (about 1.7 KB less for the bundled dictionary);
 * and one string is turned back into the list with two native calls.
 */
import type { CompiledDictionary } from '../match/compiled-form';
import { compressText } from './compress-text';

export function packDictionary(compiled: CompiledDictionary): string {
  const unfit = compiled.ids.find((id) => id === '' || /[ ,]/.test(id));
  if (unfit !== undefined) throw new Error(`Cannot pack an id that is empty or has a space or comma: "${unfit}"`);
  return compressText(JSON.stringify({ ...compiled, ids: compiled.ids.join(',').replaceAll('-', ' ') }));
}
