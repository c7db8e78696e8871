/**
 * The options page: import newsletters, the imports list, notes and stars, highlighting,
 * export, and backup. Data comes from storage through hooks; sections only display and act.
 */
import { useMemo, type ReactNode } from 'react';
import { BackupPanel } from './BackupPanel';
import { GraphExport } from './GraphExport';
import { HighlightSettingsPanel } from './HighlightSettingsPanel';
import { ImportList } from './ImportList';
import { ImportPanel } from './ImportPanel';
import { NotesList } from './NotesList';
import { StorageProblems } from './StorageProblems';
import { useMergedGraph } from './use-merged-graph';
import { useUserData } from './use-user-data';
import { LanguageSettingsPanel } from './LanguageSettingsPanel';
import { useT } from '../i18n/i18n-context';
import './options.css';

export function OptionsPage() {
  const t = useT();
  const user = useUserData();
  const graph = useMergedGraph();
  const importedAt = useMemo(
    () => new Map(user.status === 'ready' ? user.state.data.imports.map((record) => [record.id, record.importedAt]) : []),
    [user],
  );

  return (
    <div className="options-page">
      <header className="options-header">
        <h1>{t('app.name')}</h1>
        <p className="muted">{t('options.intro')}</p>
      </header>
      {user.status === 'failed' && (
        <p role="alert" className="error">
          {t('options.readFailed', { error: user.message })}
        </p>
      )}
      {user.status === 'ready' && <StorageProblems problems={user.state.problems} setAside={user.state.data.setAside} />}
      <main>
        <Section id="import" title={t('options.sectionImport')}>
          <ImportPanel importedIds={importedAt} />
        </Section>
        <Section id="imports" title={t('options.sectionImports')}>
          {user.status === 'ready' ? <ImportList imports={user.state.data.imports} /> : <Loading />}
        </Section>
        <Section id="notes" title={t('options.sectionNotes')}>
          {user.status === 'ready' ? <NotesList notes={user.state.data.notes} graph={graph.status === 'ready' ? graph.graph : undefined} /> : <Loading />}
        </Section>
        <Section id="highlighting" title={t('options.sectionHighlighting')}>
          <HighlightSettingsPanel />
        </Section>
        <Section id="language" title={t('options.sectionLanguage')}>
          <LanguageSettingsPanel />
        </Section>
        <Section id="export" title={t('options.sectionExport')}>
          {graph.status === 'failed' ? (
            <p role="alert" className="error">
              {t('options.graphFailed', { error: graph.message })}
            </p>
          ) : graph.status === 'ready' && user.status === 'ready' ? (
            <GraphExport graph={graph.graph} notes={user.state.data.notes} />
          ) : (
            <Loading />
          )}
        </Section>
        <Section id="backup" title={t('options.sectionBackup')}>
          {user.status === 'ready' ? <BackupPanel data={user.state.data} /> : <Loading />}
        </Section>
      </main>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="options-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

function Loading() {
  const t = useT();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}
