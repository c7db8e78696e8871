/**
 * Opening the side panel (Chrome) or sidebar (Firefox) on an entry. The open call must be
 * made synchronously inside the user's gesture, so the target is handed over afterwards
 * through session storage, which the panel reads on start and watches while open.
 */
import { browser } from 'wxt/browser';
import { sidePanelTarget } from './stores';

export interface SidePanelRequest {
  id?: string;
  view?: 'entry' | 'page';
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
  const opened = opening.catch((error: unknown) => {
    console.warn('TMT Lens: could not open the side panel', error);
    throw error;
  });
  // Callers that do not wait for the outcome must not leave the rejection unhandled.
  opened.catch(() => undefined);
  void sidePanelTarget.setValue({ id: request.id, view: request.view ?? 'entry', tabId, at: Date.now() });
  return { ok: true, opened };
}
