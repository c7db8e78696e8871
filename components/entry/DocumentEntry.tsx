/** The parts of an entry view specific to documents: dates, issuers, lineage, citing cases. */
import { casesCiting, issuersOf, relatedDocuments, topicsOf } from '../../lib/graph/entry-details';
import type { GraphIndex } from '../../lib/graph/graph-index';
import type { DocumentNode } from '../../lib/graph/schema';
import { EntryList } from './EntryList';
import { EntrySection } from './EntrySection';
import { FactList } from './FactList';
import { formatDate } from '../../lib/graph/format-date';
import { InlineEntryLinks } from './InlineEntryLinks';
import { useI18n } from '../i18n/i18n-context';
import { relationLabel } from '../i18n/labels';

export function DocumentFacts({ index, node }: { index: GraphIndex; node: DocumentNode }) {
  const { t, language } = useI18n();
  const issuers = issuersOf(index, node).map((linked) => linked.node);
  const topics = topicsOf(index, node);
  return (
    <FactList
      facts={[
        { label: t('fact.issuedBy'), value: issuers.length > 0 ? <InlineEntryLinks nodes={issuers} /> : null },
        { label: t('fact.standardCode'), value: node.code },
        { label: t('fact.issued'), value: node.issued && <time dateTime={node.issued}>{formatDate(node.issued, language)}</time> },
        { label: t('fact.publishedForComment'), value: node.commentDate && <time dateTime={node.commentDate}>{formatDate(node.commentDate, language)}</time> },
        { label: t('fact.adopted'), value: node.adopted && node.adopted !== node.issued && <time dateTime={node.adopted}>{formatDate(node.adopted, language)}</time> },
        { label: t('fact.effective'), value: node.effective && <time dateTime={node.effective}>{formatDate(node.effective, language)}</time> },
        {
          label: t('fact.amended'),
          value: node.amended && node.amended.length > 0 && (
            <>
              {node.amended.map((date, position) => (
                <span key={date}>
                  {position > 0 && t('common.listSeparator')}
                  <time dateTime={date}>{formatDate(date, language)}</time>
                </span>
              ))}
            </>
          ),
        },
        { label: t('fact.repealed'), value: node.repealed && <time dateTime={node.repealed}>{formatDate(node.repealed, language)}</time> },
        { label: t('fact.jurisdiction'), value: node.jurisdiction },
        { label: t('fact.topics'), value: topics.length > 0 ? <InlineEntryLinks nodes={topics} /> : null },
      ]}
    />
  );
}

export function DocumentLinks({ index, node }: { index: GraphIndex; node: DocumentNode }) {
  const { t } = useI18n();
  const groups = relatedDocuments(index, node.id);
  const cases = casesCiting(index, node.id);
  return (
    <>
      {groups.map((group) => (
        <EntrySection key={`${group.type}-${group.direction}`} title={relationLabel(t, group)} count={group.entries.length}>
          <EntryList index={index} items={group.entries} />
        </EntrySection>
      ))}
      {cases.length > 0 && (
        <EntrySection title={t('entry.casesCiting')} count={cases.length}>
          <EntryList index={index} items={cases} />
        </EntrySection>
      )}
    </>
  );
}
