/**
 * Stored data TMT Lens could not read: set aside (kept verbatim, downloadable, deletable) or
 * written by a newer version (kept as is). Shown at the top of the options page until resolved.
 */
import type { StorageProblem } from '../../lib/storage/problems';
import type { UserData } from '../../lib/storage/schema';
import { discardSetAside } from '../../lib/ext/user-data-store';
import { ConfirmInline } from './ConfirmInline';
import { downloadFile } from './download';
import { useT } from '../i18n/i18n-context';
import { wordStorageProblem } from '../i18n/coded-wording';

export function StorageProblems({ problems, setAside }: { problems: readonly StorageProblem[]; setAside: UserData['setAside'] }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <section className="storage-problems" role="region" aria-labelledby="storage-problems-title">
      <h2 id="storage-problems-title">{t('problems.heading')}</h2>
      <p>{t('problems.intro')}</p>
      <ul>
        {problems.map((problem) => {
          const aside = setAside.find((entry) => entry.key === problem.setAsideKey);
          const { subject, text } = wordStorageProblem(t, problem);
          return (
            <li key={`${problem.key}:${problem.setAsideKey ?? ''}`}>
              <strong>{subject}:</strong> {text}
              {aside && (
                <span className="problem-actions">
                  {' '}
                  <button
                    type="button"
                    onClick={() =>
                      downloadFile({ fileName: `tmt-lens-set-aside-${aside.record.at.slice(0, 10)}.json`, mimeType: 'application/json', content: `${JSON.stringify(aside.record, null, 2)}\n` })
                    }
                  >
                    {t('problems.download')}
                  </button>{' '}
                  <ConfirmInline
                    label={t('problems.delete')}
                    ariaLabel={t('problems.deleteLabel', { subject: subject.toLowerCase() })}
                    question={t('problems.question')}
                    confirmLabel={t('problems.confirm')}
                    onConfirm={() => void discardSetAside(aside.key)}
                  />
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
