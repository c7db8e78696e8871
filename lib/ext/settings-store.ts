/** Reading and writing the highlight settings in extension storage, validated on the way in and out. */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_HIGHLIGHT_SETTINGS,
  highlightSettingsSchema,
  type HighlightSettings,
} from '../settings';

const item = storage.defineItem<unknown>('local:highlightSettings');

/** Stored settings, or the defaults where nothing valid is stored. */
export async function getHighlightSettings(): Promise<HighlightSettings> {
  const parsed = highlightSettingsSchema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : DEFAULT_HIGHLIGHT_SETTINGS;
}

export async function setHighlightSettings(settings: HighlightSettings): Promise<void> {
  await item.setValue(highlightSettingsSchema.parse(settings));
}

export function watchHighlightSettings(onChange: (settings: HighlightSettings) => void): () => void {
  return item.watch((value) => {
    const parsed = highlightSettingsSchema.safeParse(value);
    onChange(parsed.success ? parsed.data : DEFAULT_HIGHLIGHT_SETTINGS);
  });
}
