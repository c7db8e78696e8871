/**
 * The highlight settings as the popup shows and changes them. Writes go to storage (the
 * content scripts watch it); the page is also asked to rescan at once.
 */
import { useCallback, useState } from 'react';
import { sendMessage } from '../../lib/ext/messaging';
import { setHighlightSettings } from '../../lib/ext/settings-store';
import { useStoredHighlightSettings } from '../../components/use-stored-highlight-settings';
import { withSiteEnabled, type HighlightSettings } from '../../lib/settings';

export interface HighlightControls {
  settings: HighlightSettings | undefined;
  setEverywhere(on: boolean): void;
  setOnSite(site: string, on: boolean): void;
  /** The last change could not be saved (the popup says so in its language). */
  error: boolean;
}

export function useHighlightSettings(tabId: number | undefined): HighlightControls {
  const [settings, setSettings] = useStoredHighlightSettings();
  const [error, setError] = useState(false);

  const save = useCallback(
    (next: HighlightSettings) => {
      setSettings(next);
      setHighlightSettings(next).then(
        () => {
          setError(false);
          // The page may have no content script (e.g. it loaded before install): nothing to tell then.
          if (tabId !== undefined) sendMessage('refreshHighlights', undefined, tabId).catch(() => undefined);
        },
        () => setError(true),
      );
    },
    [tabId, setSettings],
  );

  return {
    settings,
    error,
    setEverywhere: (on) => settings && save({ ...settings, enabled: on }),
    setOnSite: (site, on) => settings && save(withSiteEnabled(settings, site, on)),
  };
}
