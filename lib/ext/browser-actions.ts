/**
 * The background's user-facing actions: the "Look up in TMT Lens" context-menu item and the
 * keyboard commands. Each opens the side panel first, synchronously, because Chrome only
 * allows that inside the user's gesture.
 */
import { browser } from 'wxt/browser';
import { findEntryByName } from '../graph/find-entry-by-name';
import type { Graph } from '../graph/schema';
import { openSidePanelFor } from './side-panel';
import { getHighlightSettings, setHighlightSettings, watchHighlightSettings } from './settings-store';
import { contextMenuTitle } from './context-menu-title';
import { browserUiLanguage } from './ui-language';
import { resolveUiLanguage } from '../i18n/ui-language';

const MENU_ID = 'tmt-lens-lookup';

interface MenusApi {
  create(properties: { id: string; title: string; contexts: string[] }): void;
  update(id: string, properties: { title: string }): Promise<void> | void;
  onClicked: { addListener(listener: (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number; windowId?: number }) => void): void };
}

function menus(): MenusApi | undefined {
  const api = browser as unknown as { contextMenus?: MenusApi; menus?: MenusApi };
  return api.contextMenus ?? api.menus;
}

async function menuTitle(): Promise<string> {
  const settings = await getHighlightSettings();
  return contextMenuTitle(resolveUiLanguage(settings.uiLanguage, browserUiLanguage()));
}

/** The item in the UI's language; renamed when the user picks another on the options page. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    void menuTitle().then((title) => menus()?.create({ id: MENU_ID, title, contexts: ['selection'] }));
  });
  watchHighlightSettings((settings) => {
    const title = contextMenuTitle(resolveUiLanguage(settings.uiLanguage, browserUiLanguage()));
    void Promise.resolve(menus()?.update(MENU_ID, { title })).catch(() => undefined);
  });
}

export function handleContextMenu(getGraph: () => Graph | undefined): void {
  menus()?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const text = (info.selectionText ?? '').slice(0, 300);
    const graph = getGraph();
    const entry = graph ? findEntryByName(graph, text) : undefined;
    // Not an exact name: the text goes to the panel's search instead.
    openSidePanelFor(entry ? { id: entry.id, view: 'entry' } : { view: 'entry', query: text }, tab?.id, tab?.windowId);
  });
}

export function handleCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel') {
      openSidePanelFor({ view: 'page' }, tab?.id, tab?.windowId);
      return;
    }
    if (command === 'toggle-highlights') {
      void getHighlightSettings().then((settings) => setHighlightSettings({ ...settings, enabled: !settings.enabled }));
    }
  });
}
