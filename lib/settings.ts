/**
 * User settings: their schema, defaults and the pure rules that read them.
 * Stored values are parsed with this schema; anything that fails falls back to defaults
 * for reading but is never overwritten (see lib/ext/settings-store.ts).
 */
import { z } from 'zod/mini';

export const highlightSettingsSchema = z.object({
  /** Highlighting on every site unless turned off for it. */
  enabled: z.boolean(),
  /** Hostnames where the user turned highlighting off. */
  disabledSites: z.array(z.string()),
});
export type HighlightSettings = z.infer<typeof highlightSettingsSchema>;

export const DEFAULT_HIGHLIGHT_SETTINGS: HighlightSettings = { enabled: true, disabledSites: [] };

/** The site key for a page URL: its hostname, without a leading "www.". */
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
