import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasImports } from '../../../lib/ext/has-imports';

describe('hasImports', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // WXT's fake browser has no getKeys(); list the keys of its in-memory storage as Chrome does.
    const local = fakeBrowser.storage.local as unknown as { getKeys: () => Promise<string[]> };
    vi.spyOn(local, 'getKeys').mockImplementation(async () => Object.keys(await fakeBrowser.storage.local.get(null)));
  });

  it('is false with only settings and notes stored', async () => {
    await fakeBrowser.storage.local.set({ highlightSettings: { enabled: true, disabledSites: [] }, notes: { version: 1, notes: [] } });
    expect(await hasImports()).toBe(false);
  });

  it('is true once an import is stored', async () => {
    await fakeBrowser.storage.local.set({ 'import:abc123': { id: 'abc123' } });
    expect(await hasImports()).toBe(true);
  });

  it('ignores WXT metadata keys', async () => {
    await fakeBrowser.storage.local.set({ 'import:abc123$': { v: 1 } });
    expect(await hasImports()).toBe(false);
  });
});
