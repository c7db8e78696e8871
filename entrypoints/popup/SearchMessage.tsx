/**
 * The results area when there is no answer to list: loading, broken, or nothing matches. When
 * nothing matches it says so plainly, then offers what helps: the closest entries (listed
 * below it by the popup, marked as not a match), and a way to import a newsletter that covers
 * what was asked.
 */
import { OptionsLink } from '../../components/OptionsLink';
import { useT } from '../../components/i18n/i18n-context';
import { richText } from '../../components/i18n/rich-text';

interface SearchMessageProps {
  state: 'loading' | 'no-results' | 'failed';
  query: string;
  /** Imported newsletters are still being added to the index. */
  addingImports: boolean;
  /** The closest entries are listed below the message. */
  hasClosest: boolean;
}

export function SearchMessage({ state, query, addingImports, hasClosest }: SearchMessageProps) {
  const t = useT();
  if (state === 'loading') {
    return (
      <div className="popup-message" aria-busy="true">
        <p className="muted">{t('popup.loading')}</p>
      </div>
    );
  }
  if (state === 'failed') {
    return (
      <div className="popup-message">
        <p className="error">{t('popup.failed')}</p>
        <p className="muted">{t('popup.failedHint')}</p>
      </div>
    );
  }
  if (addingImports) {
    return (
      <div className="popup-message" aria-busy="true">
        <p className="muted">{t('popup.addingImports', { query: query.trim() })}</p>
      </div>
    );
  }
  return (
    <div className="popup-message">
      <p>
        {richText(t, 'popup.noMatch', { query: <strong>“{query.trim()}”</strong> })}
        {hasClosest && t('popup.closestBelow')}
      </p>
      <ul className="popup-tips">
        <li>{t('popup.tipSpelling')}</li>
        <li>{richText(t, 'popup.tipImport', { link: <OptionsLink onOpened={() => window.close()}>{t('search.importLink')}</OptionsLink> })}</li>
      </ul>
    </div>
  );
}
