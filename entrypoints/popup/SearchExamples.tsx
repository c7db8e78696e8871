import { SEARCH_EXAMPLES } from '../../lib/search/search-examples';
import { useT } from '../../components/i18n/i18n-context';

/** What the popup shows before anything is typed: what search understands, and queries to try. */
export function SearchExamples({ onPick }: { onPick(query: string): void }) {
  const t = useT();
  return (
    <div className="popup-message">
      <p>{t('popup.examplesIntro')}</p>
      <p className="popup-examples-label" id="popup-examples-label">
        {t('popup.examplesTry')}
      </p>
      <ul className="popup-examples" aria-labelledby="popup-examples-label">
        {SEARCH_EXAMPLES.map((example) => (
          <li key={example}>
            <button type="button" onClick={() => onPick(example)}>
              {example}
            </button>
          </li>
        ))}
      </ul>
      <p className="muted popup-keys">
        <kbd>↑</kbd> <kbd>↓</kbd> {t('popup.keysChoose')} · <kbd>Enter</kbd> {t('popup.keysOpen')} · <kbd>Esc</kbd> {t('popup.keysClear')}
      </p>
    </div>
  );
}
