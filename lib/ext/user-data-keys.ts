/**
 * Which kinds of user data exist, and when they change, from the names of the stored keys
 * only: cheap enough for the popup to ask on every open, before it loads the (large) code
 * that reads and validates the data itself (user-data-store, user-graph).
 */
import { browser } from 'wxt/browser';
import { kindOfKey, type StoredKind } from '../storage/keys';

interface KeyListing {
  getKeys?: () => Promise<string[]>;
}

export async function storedKinds(): Promise<ReadonlySet<StoredKind>> {
  const local = browser.storage.local as unknown as KeyListing;
  // getKeys() (Chrome 130+) lists names without reading values; older browsers read everything.
  const keys = local.getKeys ? await local.getKeys() : Object.keys(await browser.storage.local.get(null));
  return new Set(keys.map(kindOfKey).filter((kind): kind is StoredKind => kind !== undefined));
}

/**
 * Calls back with the kinds of user data that changed. Called after the other listeners of
 * the same change (a task later), so caches they clear (user-graph's) are clear by then.
 */
export function watchStoredKinds(onChange: (kinds: ReadonlySet<StoredKind>) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    const kinds = new Set(Object.keys(changes).map(kindOfKey).filter((kind): kind is StoredKind => kind !== undefined));
    if (kinds.size > 0) setTimeout(() => onChange(kinds), 0);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
