import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getHighlightSettings, setHighlightSettings, watchHighlightSettings } from '../../../lib/ext/settings-store';
import { DEFAULT_HIGHLIGHT_SETTINGS, isImportedNamesOn, type HighlightSettings } from '../../../lib/settings';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('highlight settings in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the defaults when nothing, or nothing valid, is stored', async () => {
    expect(await getHighlightSettings()).toEqual(DEFAULT_HIGHLIGHT_SETTINGS);
    await fakeBrowser.storage.local.set({ highlightSettings: { enabled: 'yes' } });
    expect(await getHighlightSettings()).toEqual(DEFAULT_HIGHLIGHT_SETTINGS);
  });

  it('stores them under their own key, as they are', async () => {
    const settings = { enabled: false, disabledSites: ['example.com'] };
    await setHighlightSettings(settings);
    expect(await fakeBrowser.storage.local.get('highlightSettings')).toEqual({ highlightSettings: settings });
    expect(await getHighlightSettings()).toEqual(settings);
  });

  it('reads settings stored before the imported-names choice existed as they are, with that choice off', async () => {
    await fakeBrowser.storage.local.set({ highlightSettings: { enabled: true, disabledSites: ['a.com'] } });
    const settings = await getHighlightSettings();
    expect(settings).toEqual({ enabled: true, disabledSites: ['a.com'] });
    expect(isImportedNamesOn(settings)).toBe(false);
    expect(isImportedNamesOn(DEFAULT_HIGHLIGHT_SETTINGS)).toBe(false);
    await setHighlightSettings({ ...settings, highlightImportedNames: true });
    expect(isImportedNamesOn(await getHighlightSettings())).toBe(true);
    await fakeBrowser.storage.local.set({ highlightSettings: { enabled: true, disabledSites: [], highlightImportedNames: 'yes' } });
    expect(await getHighlightSettings()).toEqual(DEFAULT_HIGHLIGHT_SETTINGS);
  });

  it('refuses to store invalid settings', async () => {
    await expect(setHighlightSettings({ enabled: true } as HighlightSettings)).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('reports changes, validated, until stopped, and ignores other keys', async () => {
    const seen: HighlightSettings[] = [];
    const stop = watchHighlightSettings((settings) => seen.push(settings));
    await setHighlightSettings({ enabled: false, disabledSites: [] });
    await fakeBrowser.storage.local.set({ notes: { version: 1, notes: [] } });
    await fakeBrowser.storage.local.set({ highlightSettings: 'corrupt' });
    await settle();
    stop();
    await setHighlightSettings({ enabled: true, disabledSites: [] });
    await settle();
    expect(seen).toEqual([{ enabled: false, disabledSites: [] }, DEFAULT_HIGHLIGHT_SETTINGS]);
  });
});
