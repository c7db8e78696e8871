/**
 * Highlighting on or off everywhere, whether names from the user's imports are highlighted too,
 * and the sites where it is off, each with a way back on.
 */
import { useEffect, useId, useState } from 'react';
import { getHighlightSettings, setHighlightSettings, watchHighlightSettings } from '../../lib/ext/settings-store';
import { isImportedNamesOn, withSiteEnabled, type HighlightSettings } from '../../lib/settings';
import { StatusMessage, type Status } from './StatusMessage';

export function HighlightSettingsPanel() {
  const [settings, setSettings] = useState<HighlightSettings | undefined>();
  const [status, setStatus] = useState<Status>(null);
  const toggleId = useId();
  const importedId = useId();
  const importedHelpId = useId();

  useEffect(() => {
    let cancelled = false;
    void getHighlightSettings().then((value) => !cancelled && setSettings(value));
    const stop = watchHighlightSettings(setSettings);
    return () => {
      cancelled = true;
      stop();
    };
  }, []);

  const save = async (next: HighlightSettings, done: string) => {
    setSettings(next);
    try {
      await setHighlightSettings(next);
      setStatus({ kind: 'success', text: done });
    } catch (error) {
      setStatus({ kind: 'error', text: `The setting could not be saved (${error instanceof Error ? error.message : String(error)}).` });
    }
  };

  if (!settings) return <p className="muted">Loading…</p>;
  return (
    <>
      <p className="form-row">
        <input
          id={toggleId}
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => void save({ ...settings, enabled: event.target.checked }, event.target.checked ? 'Highlighting is on.' : 'Highlighting is off on every site.')}
        />
        <label htmlFor={toggleId}>Highlight recognised names on web pages</label>
      </p>
      <p className="form-row">
        <input
          id={importedId}
          type="checkbox"
          aria-describedby={importedHelpId}
          checked={isImportedNamesOn(settings)}
          onChange={(event) =>
            void save(
              { ...settings, highlightImportedNames: event.target.checked },
              event.target.checked ? 'Names from your imports are highlighted on web pages.' : 'Only names TMT Lens ships with are highlighted on web pages.',
            )
          }
        />
        <label htmlFor={importedId}>Also highlight names found only in your imports</label>
      </p>
      <p id={importedHelpId} className="muted">
        Off unless you turn it on. A web page can tell which of its words are highlighted, so with
        this on, a page that lists names could learn what your imported newsletters contain. The
        side panel, popup and search always include your imports.
      </p>
      <h3>Sites where highlighting is off</h3>
      {settings.disabledSites.length === 0 ? (
        <p className="empty-state">None. Turn highlighting off for a site from the TMT Lens popup while you are on it.</p>
      ) : (
        <ul className="site-list" aria-label="Sites where highlighting is off">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span className="site-name">{site}</span>{' '}
              <button type="button" aria-label={`Turn highlighting back on for ${site}`} onClick={() => void save(withSiteEnabled(settings, site, true), `Highlighting is back on for ${site}.`)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <StatusMessage status={status} />
    </>
  );
}
