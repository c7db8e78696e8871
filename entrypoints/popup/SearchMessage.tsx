/** The results area when there are no results to list: loading, nothing found, or broken. */
interface SearchMessageProps {
  state: 'loading' | 'no-results' | 'failed';
  query: string;
  /** Imported newsletters are still being added to the index. */
  addingImports: boolean;
}

export function SearchMessage({ state, query, addingImports }: SearchMessageProps) {
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
      </p>
      <ul className="popup-tips">
        <li>Check the spelling, or type fewer words.</li>
        <li>Try an abbreviation (CAC, MIIT) or a standard’s code (GB 40050).</li>
        <li>Only what the bundled newsletters mention is in the graph; imported newsletters add more.</li>
      </ul>
    </div>
  );
}
