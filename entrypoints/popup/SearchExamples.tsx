import { SEARCH_EXAMPLES } from '../../lib/search/search-examples';

/** What the popup shows before anything is typed: what search understands, and queries to try. */
export function SearchExamples({ onPick }: { onPick(query: string): void }) {
  return (
    <div className="popup-message">
      <p>Find authorities, laws, regulations, standards and cases by name, abbreviation or code.</p>
      <p className="popup-examples-label" id="popup-examples-label">
        Try
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
        <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> open in side panel · <kbd>Esc</kbd> clear
      </p>
    </div>
  );
}
