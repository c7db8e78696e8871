/**
 * Opening the side panel (Chrome) or sidebar (Firefox) on an entry. The open call must be
 * made synchronously inside the user's gesture, so the target is handed over afterwards
 * through session storage, which the panel reads on start and watches while open.
 *
 * The target is written only once the browser has opened the panel, which it does only within
 * a user gesture: a request without one (a page's synthetic click, say) is refused by the open
 * call and so cannot switch a panel that is already open.
 */
import { browser } from 'wxt/browser';
import { sidePanelTarget } from './stores';

export interface SidePanelRequest {
  id?: string;
  view?: 'entry' | 'page';
  /** Text to search for, when the request names no entry (a context-menu lookup of a selection). */
  query?: string;
}

interface SidePanelApi {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

export function openSidePanelFor(
  request: SidePanelRequest,
  tabId: number | undefined,
  windowId: number | undefined,
): { ok: true; opened: Promise<void> } | { error: string } {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  let opening: Promise<void>;
  if (api.sidePanel) {
    opening = api.sidePanel.open(windowId !== undefined ? { windowId } : { tabId });
  } else if (api.sidebarAction) {
    opening = api.sidebarAction.open();
  } else {
    return { error: 'This browser has no side panel.' };
  }
  const at = Date.now();
  const opened = opening.then(
    () => sidePanelTarget.setValue({ id: request.id, view: request.view ?? 'entry', tabId, at, ...(request.query ? { query: request.query } : {}) }),
    (error: unknown) => {
      console.warn('TMT Lens: could not open the side panel', error);
      throw error;
    },
  );
  // Callers that do not wait for the outcome must not leave the rejection unhandled.
  opened.catch(() => undefined);
  return { ok: true, opened };
}
