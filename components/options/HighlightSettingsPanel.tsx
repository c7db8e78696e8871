/**
 * Highlighting on or off everywhere, whether names from the user's imports are highlighted too,
 * and the sites where it is off, each with a way back on.
 */
import { useId, useState } from 'react';
import { setHighlightSettings } from '../../lib/ext/settings-store';
import { useStoredHighlightSettings } from '../use-stored-highlight-settings';
import { isImportedNamesOn, withSiteEnabled, type HighlightSettings } from '../../lib/settings';
import { StatusMessage, type Status } from './StatusMessage';
import { useT } from '../i18n/i18n-context';

export function HighlightSettingsPanel() {
  const t = useT();
  const [settings, setSettings] = useStoredHighlightSettings();
  const [status, setStatus] = useState<Status>(null);
  const toggleId = useId();
  const importedId = useId();
  const importedHelpId = useId();

  const save = async (next: HighlightSettings, done: string) => {
    setSettings(next);
    try {
      await setHighlightSettings(next);
      setStatus({ kind: 'success', text: done });
    } catch (error) {
      setStatus({ kind: 'error', text: t('settings.saveFailed', { error: error instanceof Error ? error.message : String(error) }) });
    }
  };

  if (!settings) return <p className="muted">{t('common.loading')}</p>;
  return (
    <>
      <p className="form-row">
        <input
          id={toggleId}
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => void save({ ...settings, enabled: event.target.checked }, event.target.checked ? t('highlight.on') : t('highlight.offEverywhere'))}
        />
        <label htmlFor={toggleId}>{t('highlight.enable')}</label>
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
              event.target.checked ? t('highlight.importedOn') : t('highlight.importedOff'),
            )
          }
        />
        <label htmlFor={importedId}>{t('highlight.imported')}</label>
      </p>
      <p id={importedHelpId} className="muted">
        {t('highlight.importedHelp')}
      </p>
      <h3>{t('highlight.offSites')}</h3>
      {settings.disabledSites.length === 0 ? (
        <p className="empty-state">{t('highlight.noOffSites')}</p>
      ) : (
        <ul className="site-list" aria-label={t('highlight.offSites')}>
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span className="site-name">{site}</span>{' '}
              <button type="button" aria-label={t('highlight.turnBackOn', { site })} onClick={() => void save(withSiteEnabled(settings, site, true), t('highlight.backOn', { site }))}>
                {t('highlight.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <StatusMessage status={status} />
    </>
  );
}
