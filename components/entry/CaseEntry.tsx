/** The parts of an entry view specific to cases: court, date, number, documents cited. */
import { documentsCitedBy, issuersOf, topicsOf } from '../../lib/graph/entry-details';
import type { GraphIndex } from '../../lib/graph/graph-index';
import type { CaseNode } from '../../lib/graph/schema';
import { EntryList } from './EntryList';
import { EntrySection } from './EntrySection';
import { FactList } from './FactList';
import { formatDate } from '../../lib/graph/format-date';
import { InlineEntryLinks } from './InlineEntryLinks';

export function CaseFacts({ index, node }: { index: GraphIndex; node: CaseNode }) {
  const deciders = issuersOf(index, node).map((linked) => linked.node);
  return (
    <FactList
      facts={[
        { label: 'Court or agency', value: deciders.length > 0 ? <InlineEntryLinks nodes={deciders} /> : node.court },
        { label: 'Date', value: node.date && <time dateTime={node.date}>{formatDate(node.date)}</time> },
        { label: 'Case number', value: node.caseNumber },
        { label: 'Topics', value: <InlineEntryLinks nodes={topicsOf(index, node)} /> },
      ]}
    />
  );
}

export function CaseLinks({ index, node }: { index: GraphIndex; node: CaseNode }) {
  const cited = documentsCitedBy(index, node.id);
  return (
    <EntrySection title="Documents cited" count={cited.length}>
      {cited.length > 0 ? (
        <EntryList index={index} items={cited} />
      ) : (
        <p className="muted">The newsletters in TMT Lens do not say which documents it applied.</p>
      )}
    </EntrySection>
  );
}
