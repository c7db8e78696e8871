/** The parts of an entry view specific to authorities: what it is, what it issued, what it decided. */
import { casesDecidedBy, documentsIssuedBy } from '../../lib/graph/entry-details';
import type { GraphIndex } from '../../lib/graph/graph-index';
import type { AuthorityNode } from '../../lib/graph/schema';
import { EntryList } from './EntryList';
import { EntrySection } from './EntrySection';
import { FactList } from './FactList';

const LEVEL_LABELS: Record<AuthorityNode['level'], string> = {
  national: 'National',
  provincial: 'Provincial',
  municipal: 'Municipal',
  international: 'International',
};

/** The Chinese name is not repeated here: the header shows it under the title. */
export function AuthorityFacts({ node }: { node: AuthorityNode }) {
  return (
    <FactList
      facts={[
        { label: 'Abbreviations', value: node.abbreviations.join(', ') },
        { label: 'Level', value: LEVEL_LABELS[node.level] },
      ]}
    />
  );
}

export function AuthorityLinks({ index, node }: { index: GraphIndex; node: AuthorityNode }) {
  const documents = documentsIssuedBy(index, node.id);
  const cases = casesDecidedBy(index, node.id);
  return (
    <>
      <EntrySection title="Documents issued, newest first" count={documents.length}>
        {documents.length > 0 ? (
          <EntryList index={index} items={documents} limit={15} />
        ) : (
          <p className="muted">The newsletters in TMT Lens do not name a document issued by it.</p>
        )}
      </EntrySection>
      {cases.length > 0 && (
        <EntrySection title="Cases decided, newest first" count={cases.length}>
          <EntryList index={index} items={cases} />
        </EntrySection>
      )}
    </>
  );
}
