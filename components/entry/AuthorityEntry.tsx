/** The parts of an entry view specific to authorities: what it is, what it issued, what it decided. */
import { casesDecidedBy, documentsIssuedBy } from '../../lib/graph/entry-details';
import type { GraphIndex } from '../../lib/graph/graph-index';
import type { AuthorityNode } from '../../lib/graph/schema';
import { EntryList } from './EntryList';
import { EntrySection } from './EntrySection';
import { FactList } from './FactList';
import { useT } from '../i18n/i18n-context';
import { levelLabel } from '../i18n/labels';


/** The Chinese name is not repeated here: the header shows it under the title. */
export function AuthorityFacts({ node }: { node: AuthorityNode }) {
  const t = useT();
  return (
    <FactList
      facts={[
        { label: t('fact.abbreviations'), value: node.abbreviations.join(t('common.listSeparator')) },
        { label: t('fact.level'), value: levelLabel(t, node.level) },
      ]}
    />
  );
}

export function AuthorityLinks({ index, node }: { index: GraphIndex; node: AuthorityNode }) {
  const t = useT();
  const documents = documentsIssuedBy(index, node.id);
  const cases = casesDecidedBy(index, node.id);
  return (
    <>
      <EntrySection title={t('entry.documentsIssued')} count={documents.length}>
        {documents.length > 0 ? (
          <EntryList index={index} items={documents} limit={15} />
        ) : (
          <p className="muted">{t('entry.noDocumentsIssued')}</p>
        )}
      </EntrySection>
      {cases.length > 0 && (
        <EntrySection title={t('entry.casesDecided')} count={cases.length}>
          <EntryList index={index} items={cases} />
        </EntrySection>
      )}
    </>
  );
}
