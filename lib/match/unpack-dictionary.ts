/**
 * Run time: the bundled dictionary back from its packed text (lib/build/pack-dictionary.ts), as
 * parsed JSON for loadDictionary, which validates it.
 */
import { expandText } from './expand-text';

export function unpackDictionary(packed: string): unknown {
  const parsed: unknown = JSON.parse(expandText(packed));
  const ids = (parsed as { ids?: unknown } | null)?.ids;
  if (typeof ids === 'string') (parsed as { ids: string[] }).ids = ids === '' ? [] : ids.replaceAll(' ', '-').split(',');
  return parsed;
}
