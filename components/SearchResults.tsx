/**
 * Search hits as a listbox for a combobox: the input keeps focus and points at the active
 * option with aria-activedescendant. Each hit shows its kind (coloured by type), its name
 * with the query's words marked, why it matched when its name does not show it, and who
 * issued it and when.
 */
import { useEffect, useRef } from 'react';
import { STATUS_LABELS } from '../lib/graph/labels';
import { useI18n } from './i18n/i18n-context';
import { hitKindLabel, matchReasonText, statusLabel } from './i18n/labels';
import type { SearchHit } from '../lib/search/search-entries';
import { formatDate } from '../lib/graph/format-date';
import { HighlightedText } from './HighlightedText';
import './search-results.css';

interface SearchResultsProps {
  id: string;
  label: string;
  hits: readonly SearchHit[];
  activeIndex: number;
  optionId(index: number): string;
  onHover(index: number): void;
  onChoose(hit: SearchHit): void;
}

export function SearchResults({ id, label, hits, activeIndex, optionId, onHover, onChoose }: SearchResultsProps) {
  const { t } = useI18n();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, hits]);

  return (
    <ul id={id} ref={list} role="listbox" aria-label={label} className="search-results">
      {hits.map((hit, index) => (
        <li
          key={hit.id}
          id={optionId(index)}
          role="option"
          aria-selected={index === activeIndex}
          className="search-result"
          // Moving the mouse (not the list scrolling under it) makes a hit active.
          onMouseMove={() => index !== activeIndex && onHover(index)}
          // Keep focus in the input, so the keyboard keeps working after a click.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(hit)}
        >
          <span className="search-result-line">
            <span className={`badge badge-${hit.type}`}>{hitKindLabel(t, hit)}</span>
            <span className="search-result-name" title={hit.name}>
              <HighlightedText text={hit.name} terms={hit.terms} />
            </span>
          </span>
          {hit.reason && <span className="search-result-reason">{matchReasonText(t, hit.reason)}</span>}
          <ResultDetails hit={hit} />
        </li>
      ))}
    </ul>
  );
}

function ResultDetails({ hit }: { hit: SearchHit }) {
  const { t, language } = useI18n();
  const date = hit.date ? formatDate(hit.date, language) : undefined;
  const details = [
    hit.issuer,
    // The date a search hit carries is when a document was issued or a case decided: say which.
    date ? (hit.type === 'case' ? t('search.decided', { date }) : t('search.issued', { date })) : undefined,
    // Most entries are final; only say so when it matters.
    hit.status === STATUS_LABELS.draft ? statusLabel(t, 'draft') : undefined,
  ].filter(Boolean);
  if (details.length === 0) return null;
  return <span className="search-result-details">{details.join(t('common.metaSeparator'))}</span>;
}
