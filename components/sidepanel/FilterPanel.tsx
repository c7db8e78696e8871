/**
 * Filters by type, topic, document status and date. They apply to search results, the
 * graph, and (with nothing typed) a list of every matching entry shown below them.
 */
import { useId, useMemo } from 'react';
import {
  ALL_DOCUMENT_STATUSES,
  ALL_NODE_TYPES,
  browseEntries,
  isFiltering,
  NO_FILTERS,
  topicOptions,
  type EntryFilters,
} from '../../lib/graph/filters';
import type { GraphIndex } from '../../lib/graph/graph-index';
import { EntryList } from '../entry/EntryList';
import { useT } from '../i18n/i18n-context';
import { pluralTypeLabel, statusLabel } from '../i18n/labels';

interface FilterPanelProps {
  index: GraphIndex;
  filters: EntryFilters;
  onChange(filters: EntryFilters): void;
}

export function FilterPanel({ index, filters, onChange }: FilterPanelProps) {
  const t = useT();
  const topics = useMemo(() => topicOptions(index), [index]);
  const matching = useMemo(() => (isFiltering(filters) ? browseEntries(index, filters) : []), [index, filters]);
  const fromId = useId();
  const toId = useId();
  const resultsId = useId();

  return (
    <div className="filter-panel" id="panel-filters">
      <fieldset className="filter-group">
        <legend>{t('filters.show')}</legend>
        <div className="chip-group">
          {ALL_NODE_TYPES.map((type) => (
            <label key={type} className={`chip chip-${type}`}>
              <input
                type="checkbox"
                checked={filters.types.includes(type)}
                onChange={(event) => onChange({ ...filters, types: toggle(filters.types, type, event.target.checked) })}
              />
              {pluralTypeLabel(t, type)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="filter-group">
        <legend>{t('filters.status')}</legend>
        <div className="chip-group">
          {ALL_DOCUMENT_STATUSES.map((status) => (
            <label key={status} className="chip">
              <input
                type="checkbox"
                checked={filters.statuses.includes(status)}
                onChange={(event) =>
                  onChange({ ...filters, statuses: toggle(filters.statuses, status, event.target.checked) })
                }
              />
              {statusLabel(t, status)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="filter-group">
        <legend>{t('filters.dated')}</legend>
        <div className="date-range">
          <label htmlFor={fromId}>{t('filters.from')}</label>
          <input
            id={fromId}
            type="date"
            value={filters.from ?? ''}
            max={filters.to}
            onChange={(event) => onChange({ ...filters, from: event.target.value || undefined })}
          />
          <label htmlFor={toId}>{t('filters.to')}</label>
          <input
            id={toId}
            type="date"
            value={filters.to ?? ''}
            min={filters.from}
            onChange={(event) => onChange({ ...filters, to: event.target.value || undefined })}
          />
        </div>
      </fieldset>
      {topics.length > 0 && (
        <fieldset className="filter-group">
          <legend>{t('filters.topics')}</legend>
          <div className="chip-group topic-chips">
            {topics.map((topic) => (
              <label key={topic.id} className="chip">
                <input
                  type="checkbox"
                  checked={filters.topics.includes(topic.id)}
                  onChange={(event) =>
                    onChange({ ...filters, topics: toggle(filters.topics, topic.id, event.target.checked) })
                  }
                />
                {topic.name} <span className="count">{topic.count}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <p className="muted filter-note">{t('filters.note')}</p>
      <div className="filter-actions">
        <button type="button" onClick={() => onChange(NO_FILTERS)} disabled={!isFiltering(filters)}>
          {t('filters.clear')}
        </button>
      </div>
      {isFiltering(filters) && (
        <section className="browse-results" aria-labelledby={resultsId}>
          <h3 id={resultsId}>
            {t('filters.matching')} <span className="count">{matching.length}</span>
          </h3>
          {matching.length === 0 ? (
            <p className="muted">{t('filters.noMatch')}</p>
          ) : (
            <EntryList index={index} items={matching.map((node) => ({ node }))} showType limit={10} />
          )}
        </section>
      )}
    </div>
  );
}

function toggle<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);
}
