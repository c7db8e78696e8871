/**
 * The side panel entrypoint's root: loads the graph and the request the panel was opened
 * with, then hands over to the Panel. Everything else lives in components/.
 */
import { useEffect, useState } from 'react';
import { loadGraphIndex } from '../../lib/ext/graph-store';
import { watchUserData } from '../../lib/ext/user-graph';
import { pinnedTabIdFromUrl, readPanelRequest, type PanelRequest } from '../../lib/ext/panel-navigation';
import type { GraphIndex } from '../../lib/graph/graph-index';
import { Panel } from '../../components/sidepanel/Panel';
import { PanelStatus } from '../../components/sidepanel/PanelStatus';

type StartState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; index: GraphIndex; request: PanelRequest | null };

export function App() {
  const [start, setStart] = useState<StartState>({ status: 'loading' });
  useEffect(() => {
    Promise.all([loadGraphIndex(), readPanelRequest(location.search)]).then(
      ([index, request]) => setStart({ status: 'ready', index, request }),
      (error: unknown) => setStart({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    // An import added or removed while the panel is open: show the merged graph at once.
    return watchUserData((change) => {
      if (!change.imports) return;
      void loadGraphIndex().then((index) => setStart((current) => (current.status === 'ready' ? { ...current, index, request: null } : current)));
    });
  }, []);

  if (start.status === 'loading') return <PanelStatus kind="loading" />;
  if (start.status === 'failed') return <PanelStatus kind="failed" detail={start.message} />;
  if (start.index.graph.nodes.length === 0) return <PanelStatus kind="empty" />;
  return <Panel index={start.index} initialRequest={start.request} pinnedTabId={pinnedTabIdFromUrl(location.search)} />;
}
