/**
 * Whether the user has imported any newsletter, from the names of the stored keys only: the
 * popup asks this on every open before it loads the (large) code that merges imports.
 */
import { browser } from 'wxt/browser';
import { kindOfKey } from '../storage/keys';

interface KeyListing {
  getKeys?: () => Promise<string[]>;
}

export async function hasImports(): Promise<boolean> {
  const local = browser.storage.local as unknown as KeyListing;
  // getKeys() (Chrome 130+) lists names without reading values; older browsers read everything.
  const keys = local.getKeys ? await local.getKeys() : Object.keys(await browser.storage.local.get(null));
  return keys.some((key) => kindOfKey(key) === 'import');
}
