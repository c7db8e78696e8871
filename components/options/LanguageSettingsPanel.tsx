/**
 * The language of TMT Lens's own pages and menu: Automatic (the browser's) or one of the
 * languages it speaks. Saved with the other settings; every open page follows at once.
 */
import { useId, useState } from 'react';
import { getHighlightSettings, setHighlightSettings } from '../../lib/ext/settings-store';
import { useStoredHighlightSettings } from '../use-stored-highlight-settings';
import { LANGUAGE_NAMES, UI_LANGUAGES, uiLanguageChoiceSchema, type UiLanguageChoice } from '../../lib/i18n/ui-language';
import { useT } from '../i18n/i18n-context';
import { StatusMessage, type Status } from './StatusMessage';

export function LanguageSettingsPanel() {
  const t = useT();
  const [settings, setSettings] = useStoredHighlightSettings();
  // What happened, not its words: after a switch the message is shown in the new language.
  const [outcome, setOutcome] = useState<{ saved: true } | { error: string } | null>(null);
  const selectId = useId();
  const helpId = useId();

  const choose = async (value: string) => {
    const choice = uiLanguageChoiceSchema.safeParse(value);
    if (!settings || !choice.success) return;
    // Read afresh: the highlighting controls may have changed the settings since they were shown.
    const next = { ...(await getHighlightSettings()), uiLanguage: choice.data };
    setSettings(next);
    try {
      await setHighlightSettings(next);
      setOutcome({ saved: true });
    } catch (error) {
      setOutcome({ error: error instanceof Error ? error.message : String(error) });
    }
  };

  if (!settings) return <p className="muted">{t('common.loading')}</p>;
  const current: UiLanguageChoice = settings.uiLanguage ?? 'auto';
  const status: Status = !outcome
    ? null
    : 'error' in outcome
      ? { kind: 'error', text: t('settings.saveFailed', { error: outcome.error }) }
      : { kind: 'success', text: t('language.saved') };
  return (
    <>
      <p className="form-row">
        <label htmlFor={selectId}>{t('language.label')}</label>
        <select id={selectId} aria-describedby={helpId} value={current} onChange={(event) => void choose(event.target.value)}>
          <option value="auto">{t('language.auto')}</option>
          {UI_LANGUAGES.map((language) => (
            // Each language named in itself, and marked as such for screen readers.
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </p>
      <p id={helpId} className="muted">
        {t('language.help')}
      </p>
      <StatusMessage status={status} />
    </>
  );
}
