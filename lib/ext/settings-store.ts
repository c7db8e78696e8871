/**
 * Reading and writing the highlight settings in extension storage, validated on the way in and out.
 *
 * Straight on browser.storage.local rather than WXT's storage wrapper: the content script, which
 * runs on every page, reads this one key, and the wrapper (with its lock library) would add about
 * 8 KB to it. The value is stored exactly as the wrapper stored it, under the same key.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '../storage/keys';
import {
  DEFAULT_HIGHLIGHT_SETTINGS,
  highlightSettingsSchema,
  type HighlightSettings,
} from '../settings';

function parse(value: unknown): HighlightSettings {
  const parsed = highlightSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_HIGHLIGHT_SETTINGS;
}

/** Stored settings, or the defaults where nothing valid is stored. */
export async function getHighlightSettings(): Promise<HighlightSettings> {
  return parse((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function setHighlightSettings(settings: HighlightSettings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: highlightSettingsSchema.parse(settings) });
}

export function watchHighlightSettings(onChange: (settings: HighlightSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>): void => {
    const change = changes[SETTINGS_KEY];
    if (change) onChange(parse(change.newValue));
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
