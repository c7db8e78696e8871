/**
 * Back and forward inside the panel, like a browser tab's: going somewhere new drops the
 * forward entries. The panel is not a page of its own, so the browser's history cannot be used.
 */
import { useCallback, useState } from 'react';

export type PanelLocation = { view: 'entry'; id: string } | { view: 'page' } | { view: 'home' };

interface HistoryState {
  stack: PanelLocation[];
  position: number;
}

/** Enough for a long research session; the oldest steps drop off. */
const LIMIT = 100;

export interface PanelHistory {
  location: PanelLocation;
  canGoBack: boolean;
  canGoForward: boolean;
  /** The entry most recently shown, for the "Entry" view switch. */
  lastEntryId: string | undefined;
  go(location: PanelLocation): void;
  back(): void;
  forward(): void;
}

export function usePanelHistory(initial: PanelLocation): PanelHistory {
  const [state, setState] = useState<HistoryState>({ stack: [initial], position: 0 });
  const go = useCallback((location: PanelLocation) => setState((current) => push(current, location)), []);
  const back = useCallback(
    () => setState((current) => ({ ...current, position: Math.max(0, current.position - 1) })),
    [],
  );
  const forward = useCallback(
    () => setState((current) => ({ ...current, position: Math.min(current.stack.length - 1, current.position + 1) })),
    [],
  );
  const location = state.stack[state.position]!;
  const lastEntry = state.stack
    .slice(0, state.position + 1)
    .reverse()
    .find((step): step is Extract<PanelLocation, { view: 'entry' }> => step.view === 'entry');
  return {
    location,
    canGoBack: state.position > 0,
    canGoForward: state.position < state.stack.length - 1,
    lastEntryId: lastEntry?.id,
    go,
    back,
    forward,
  };
}

function push(current: HistoryState, location: PanelLocation): HistoryState {
  const here = current.stack[current.position];
  if (here && isSameLocation(here, location)) return current;
  const stack = [...current.stack.slice(0, current.position + 1), location].slice(-LIMIT);
  return { stack, position: stack.length - 1 };
}

function isSameLocation(a: PanelLocation, b: PanelLocation): boolean {
  return a.view === b.view && (a.view !== 'entry' || (b.view === 'entry' && a.id === b.id));
}
