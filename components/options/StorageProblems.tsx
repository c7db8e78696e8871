/**
 * Stored data TMT Lens could not read: set aside (kept verbatim, downloadable, deletable) or
 * written by a newer version (kept as is). Shown at the top of the options page until resolved.
 */
import type { StorageProblem } from '../../lib/storage/problems';
import type { UserData } from '../../lib/storage/schema';
import { discardSetAside } from '../../lib/ext/user-data-store';
import { ConfirmInline } from './ConfirmInline';
import { downloadFile } from './download';

export function StorageProblems({ problems, setAside }: { problems: readonly StorageProblem[]; setAside: UserData['setAside'] }) {
  if (problems.length === 0) return null;
  return (
    <section className="storage-problems" role="region" aria-labelledby="storage-problems-title">
      <h2 id="storage-problems-title">Some stored data could not be read</h2>
      <p>Nothing was deleted. Your other data works as usual.</p>
      <ul>
        {problems.map((problem) => {
          const aside = setAside.find((entry) => entry.key === problem.setAsideKey);
          return (
            <li key={`${problem.key}:${problem.setAsideKey ?? ''}`}>
              <strong>{problem.subject}:</strong> {problem.message}
              {aside && (
                <span className="problem-actions">
                  {' '}
                  <button
                    type="button"
                    onClick={() =>
                      downloadFile({ fileName: `tmt-lens-set-aside-${aside.record.at.slice(0, 10)}.json`, mimeType: 'application/json', content: `${JSON.stringify(aside.record, null, 2)}\n` })
                    }
                  >
                    Download
                  </button>{' '}
                  <ConfirmInline
                    label="Delete"
                    ariaLabel={`Delete the set-aside copy of ${problem.subject.toLowerCase()}`}
                    question="Delete this copy for good?"
                    confirmLabel="Delete it"
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
