/** The bundled graph with the user's imports merged in, recomputed when imports change. */
import { useEffect, useState } from 'react';
import type { Graph } from '../../lib/graph/schema';
import { getMergedGraph, watchUserData } from '../../lib/ext/user-graph';

export type GraphLoad = { status: 'loading' } | { status: 'ready'; graph: Graph } | { status: 'failed'; message: string };

export function useMergedGraph(): GraphLoad {
  const [load, setLoad] = useState<GraphLoad>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    const refresh = () =>
      getMergedGraph().then(
        (graph) => !cancelled && setLoad({ status: 'ready', graph }),
        (error: unknown) => !cancelled && setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    void refresh();
    const stop = watchUserData((change) => {
      if (change.imports) void refresh();
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, []);
  return load;
}
