/**
 * User settings: their schema, defaults and the pure rules that read them.
 * Stored values are parsed with this schema; anything that fails falls back to defaults
 * for reading but is never overwritten (see lib/ext/settings-store.ts).
 */
import { z } from 'zod/mini';
import { uiLanguageChoiceSchema } from './i18n/ui-language';

export const highlightSettingsSchema = z.object({
  /** Highlighting on every site unless turned off for it. */
  enabled: z.boolean(),
  /** Hostnames where the user turned highlighting off. */
  disabledSites: z.array(z.string()),
  /**
   * Whether names found only in the user's imports are highlighted on web pages. Off unless the
   * user turns it on: a page can tell which of its words are painted, and so learn what the user
   * imported. Settings stored before it existed lack it, which reads as off (isImportedNamesOn):
   * they stay valid as stored, and backups of them restore unchanged.
   */
  highlightImportedNames: z.optional(z.boolean()),
  /**
   * The language of TMT Lens's own pages and menu: 'auto' (or absent, as in settings stored
   * before it existed) follows the browser. Kept with the other settings so backups carry it.
   */
  uiLanguage: z.optional(uiLanguageChoiceSchema),
});
export type HighlightSettings = z.infer<typeof highlightSettingsSchema>;

export const DEFAULT_HIGHLIGHT_SETTINGS: HighlightSettings = { enabled: true, disabledSites: [] };

/** Are names found only in the user's imports highlighted on web pages? Off unless turned on. */
export function isImportedNamesOn(settings: HighlightSettings): boolean {
  return settings.highlightImportedNames === true;
}

export function siteOf(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return undefined;
    return hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

export function isHighlightingOn(settings: HighlightSettings, url: string): boolean {
  const site = siteOf(url);
  return settings.enabled && site !== undefined && !settings.disabledSites.includes(site);
}

export function withSiteEnabled(settings: HighlightSettings, site: string, on: boolean): HighlightSettings {
  const others = settings.disabledSites.filter((entry) => entry !== site);
  return { ...settings, disabledSites: on ? others : [...others, site].sort() };
}
