/** Full-panel states before the graph is usable: loading, failed, or an empty graph. */
import { OptionsLink } from '../OptionsLink';

export function PanelStatus({ kind, detail }: { kind: 'loading' | 'failed' | 'empty'; detail?: string }) {
  return (
    <main className="panel-status" aria-busy={kind === 'loading'}>
      <h1 className="panel-brand">TMT Lens</h1>
      <div className="empty-state" role="status">
        {kind === 'loading' && <p>Loading the knowledge graph…</p>}
        {kind === 'failed' && (
          <>
            <p>The knowledge graph could not be loaded.</p>
            <p className="muted">
              Reinstall or update TMT Lens. If you built it yourself, run <code>npm run build</code> again.
            </p>
            {detail && <p className="muted error-detail">{detail}</p>}
          </>
        )}
        {kind === 'empty' && (
          <>
            <p>The knowledge graph is empty.</p>
            <p className="muted">
              This build has no newsletters in it. <OptionsLink>Import one from the options page</OptionsLink>, or rebuild from the
              newsletters in <code>seeds/</code> with <code>npm run build</code>.
            </p>
          </>
        )}
      </div>
    </main>
  );
}
