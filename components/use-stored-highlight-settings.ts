/**
 * The highlight settings as stored, kept current while the page is open (another page or the
 * popup may change them), with a setter for a page's own optimistic change before it is saved.
 */
import { useEffect, useState } from 'react';
import { getHighlightSettings, watchHighlightSettings } from '../lib/ext/settings-store';
import type { HighlightSettings } from '../lib/settings';

export function useStoredHighlightSettings(): [HighlightSettings | undefined, (settings: HighlightSettings) => void] {
  const [settings, setSettings] = useState<HighlightSettings | undefined>();
  useEffect(() => {
    let cancelled = false;
    void getHighlightSettings().then((value) => !cancelled && setSettings(value));
    const stop = watchHighlightSettings(setSettings);
    return () => {
      cancelled = true;
      stop();
    };
  }, []);
  return [settings, setSettings];
}
