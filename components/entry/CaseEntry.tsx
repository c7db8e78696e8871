/** The parts of an entry view specific to cases: court, date, number, documents cited. */
import { documentsCitedBy, issuersOf, topicsOf } from '../../lib/graph/entry-details';
import type { GraphIndex } from '../../lib/graph/graph-index';
import type { CaseNode } from '../../lib/graph/schema';
import { EntryList } from './EntryList';
import { EntrySection } from './EntrySection';
import { FactList } from './FactList';
import { formatDate } from '../../lib/graph/format-date';
import { InlineEntryLinks } from './InlineEntryLinks';
import { useI18n } from '../i18n/i18n-context';

export function CaseFacts({ index, node }: { index: GraphIndex; node: CaseNode }) {
  const { t, language } = useI18n();
  const deciders = issuersOf(index, node).map((linked) => linked.node);
  const topics = topicsOf(index, node);
  return (
    <FactList
      facts={[
        { label: t('fact.courtOrAgency'), value: deciders.length > 0 ? <InlineEntryLinks nodes={deciders} /> : node.court },
        { label: t('fact.date'), value: node.date && <time dateTime={node.date}>{formatDate(node.date, language)}</time> },
        { label: t('fact.caseNumber'), value: node.caseNumber },
        { label: t('fact.topics'), value: topics.length > 0 ? <InlineEntryLinks nodes={topics} /> : null },
      ]}
    />
  );
}

export function CaseLinks({ index, node }: { index: GraphIndex; node: CaseNode }) {
  const { t } = useI18n();
  const cited = documentsCitedBy(index, node.id);
  return (
    <EntrySection title={t('entry.documentsCited')} count={cited.length}>
      {cited.length > 0 ? (
        <EntryList index={index} items={cited} />
      ) : (
        <p className="muted">{t('entry.noDocumentsCited')}</p>
      )}
    </EntrySection>
  );
}
