/** Full-panel states before the graph is usable: loading, failed, or an empty graph. */
import { OptionsLink } from '../OptionsLink';
import { useT } from '../i18n/i18n-context';
import { richText } from '../i18n/rich-text';

export function PanelStatus({ kind, detail }: { kind: 'loading' | 'failed' | 'empty'; detail?: string }) {
  const t = useT();
  const build = <code>npm run build</code>;
  return (
    <main className="panel-status" aria-busy={kind === 'loading'}>
      <h1 className="panel-brand">{t('app.name')}</h1>
      <div className="empty-state" role="status">
        {kind === 'loading' && <p>{t('panel.statusLoading')}</p>}
        {kind === 'failed' && (
          <>
            <p>{t('panel.statusFailed')}</p>
            <p className="muted">{richText(t, 'panel.statusFailedHint', { command: build })}</p>
            {detail && <p className="muted error-detail">{detail}</p>}
          </>
        )}
        {kind === 'empty' && (
          <>
            <p>{t('panel.statusEmpty')}</p>
            <p className="muted">
              {richText(t, 'panel.statusEmptyHint', {
                link: <OptionsLink>{t('panel.statusEmptyLink')}</OptionsLink>,
                folder: <code>seeds/</code>,
                command: build,
              })}
            </p>
          </>
        )}
      </div>
    </main>
  );
}
