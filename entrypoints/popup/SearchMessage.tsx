/**
 * The results area when there is no answer to list: loading, broken, or nothing matches. When
 * nothing matches it says so plainly, then offers what helps: the closest entries (listed
 * below it by the popup, marked as not a match), and a way to import a newsletter that covers
 * what was asked.
 */
import { OptionsLink } from '../../components/OptionsLink';

interface SearchMessageProps {
  state: 'loading' | 'no-results' | 'failed';
  query: string;
  /** Imported newsletters are still being added to the index. */
  addingImports: boolean;
  /** The closest entries are listed below the message. */
  hasClosest: boolean;
}

export function SearchMessage({ state, query, addingImports, hasClosest }: SearchMessageProps) {
  if (state === 'loading') {
    return (
      <div className="popup-message" aria-busy="true">
        <p className="muted">Loading the index… your search will run as soon as it is ready.</p>
      </div>
    );
  }
  if (state === 'failed') {
    return (
      <div className="popup-message">
        <p className="error">Search is unavailable in this build of TMT Lens.</p>
        <p className="muted">The side panel can still show entries. Reinstalling the extension may help.</p>
      </div>
    );
  }
  if (addingImports) {
    return (
      <div className="popup-message" aria-busy="true">
        <p className="muted">Nothing yet for “{query.trim()}”: still adding your imported newsletters…</p>
      </div>
    );
  }
  return (
    <div className="popup-message">
      <p>
        Nothing matches <strong>“{query.trim()}”</strong>.
        {hasClosest && ' The closest entries are below; none of them has every word.'}
      </p>
      <ul className="popup-tips">
        <li>Check the spelling, or try an abbreviation (CAC, PIPL) or a standard’s code (GB/T 35273).</li>
        <li>
          TMT Lens knows what its newsletters and core laws mention.{' '}
          <OptionsLink onOpened={() => window.close()}>Import a newsletter</OptionsLink> that covers it to add more.
        </li>
      </ul>
    </div>
  );
}
