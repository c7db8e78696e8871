/** The parts of an entry view specific to documents: dates, issuers, lineage, citing cases. */
import { casesCiting, issuersOf, relatedDocuments, topicsOf } from '../../lib/graph/entry-details';
import type { GraphIndex } from '../../lib/graph/graph-index';
import type { DocumentNode } from '../../lib/graph/schema';
import { EntryList } from './EntryList';
import { EntrySection } from './EntrySection';
import { FactList } from './FactList';
import { formatDate } from '../../lib/graph/format-date';
import { InlineEntryLinks } from './InlineEntryLinks';

export function DocumentFacts({ index, node }: { index: GraphIndex; node: DocumentNode }) {
  const issuers = issuersOf(index, node).map((linked) => linked.node);
  return (
    <FactList
      facts={[
        { label: 'Issued by', value: issuers.length > 0 ? <InlineEntryLinks nodes={issuers} /> : null },
        { label: 'Standard code', value: node.code },
        { label: 'Issued', value: node.issued && <time dateTime={node.issued}>{formatDate(node.issued)}</time> },
        { label: 'Adopted', value: node.adopted && node.adopted !== node.issued && <time dateTime={node.adopted}>{formatDate(node.adopted)}</time> },
        { label: 'Effective', value: node.effective && <time dateTime={node.effective}>{formatDate(node.effective)}</time> },
        {
          label: 'Amended',
          value: node.amended && node.amended.length > 0 && (
            <>
              {node.amended.map((date, position) => (
                <span key={date}>
                  {position > 0 && ', '}
                  <time dateTime={date}>{formatDate(date)}</time>
                </span>
              ))}
            </>
          ),
        },
        { label: 'Repealed', value: node.repealed && <time dateTime={node.repealed}>{formatDate(node.repealed)}</time> },
        { label: 'Jurisdiction', value: node.jurisdiction },
        { label: 'Topics', value: <InlineEntryLinks nodes={topicsOf(index, node)} /> },
      ]}
    />
  );
}

export function DocumentLinks({ index, node }: { index: GraphIndex; node: DocumentNode }) {
  const groups = relatedDocuments(index, node.id);
  const cases = casesCiting(index, node.id);
  return (
    <>
      {groups.map((group) => (
        <EntrySection key={`${group.type}-${group.direction}`} title={group.label} count={group.entries.length}>
          <EntryList index={index} items={group.entries} />
        </EntrySection>
      ))}
      {cases.length > 0 && (
        <EntrySection title="Cases that cite it" count={cases.length}>
          <EntryList index={index} items={cases} />
        </EntrySection>
      )}
    </>
  );
}
