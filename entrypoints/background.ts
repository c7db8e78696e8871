import '../lib/ext/zod-csp';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, sendMessage } from '../lib/ext/messaging';
import { getPageMentionsRequest, openSidePanelRequest, pageAddressOf, pageMentionsReport } from '../lib/messages';
import { openSidePanelFor } from '../lib/ext/side-panel';
import { PageMentionsStore } from '../lib/ext/page-mentions-store';
import { loadBundledGraphIndex, loadGraphIndex } from '../lib/ext/graph-store';
import { getHighlightSettings } from '../lib/ext/settings-store';
import { isImportedNamesOn } from '../lib/settings';
import { repairStoredData } from '../lib/ext/user-data-store';
import { getCompiledUserDictionary, watchUserData } from '../lib/ext/user-graph';
import { toEntryCard } from '../lib/graph/entry-card';
import { startCardRelay } from '../lib/ext/card-relay';
import { cardNoteOf } from '../lib/card/request-protocol';
import { hiddenCardTitle } from '../lib/card/hidden-card-title';
import { resolveUiLanguage } from '../lib/i18n/ui-language';
import { browserUiLanguage } from '../lib/ext/browser-ui-language';
import { localCardOf } from '../lib/recognise/page-card';
import type { Graph } from '../lib/graph/schema';
import { handleCommands, handleContextMenu, registerContextMenu } from '../lib/ext/browser-actions';


export default defineBackground(() => {
  // The context menu's handler must stay synchronous, so it reads the graph loaded at start.
  let graph: Graph | undefined;
  void loadGraphIndex().then((index) => {
    graph = index.graph;
  });
  registerContextMenu();
  handleContextMenu(() => graph);
  handleCommands();

  // A new or updated version brings stored data to its own format first (idempotent, loses nothing).
  browser.runtime.onInstalled.addListener(() => {
    void repairStoredData().catch((error: unknown) => console.warn('TMT Lens: could not check stored data', error));
  });

  // Names only the user's imports know are painted on pages only when the user said so: a page
  // can tell which of its words are painted, and so what was imported.
  onMessage('getUserDictionary', async () => (isImportedNamesOn(await getHighlightSettings()) ? getCompiledUserDictionary() : null));

  // Imports added or removed: every open page learns the new names and rescans.
  watchUserData((change) => {
    if (!change.imports) return;
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) void sendMessage('refreshHighlights', undefined, tab.id).catch(() => undefined);
    });
    void loadGraphIndex().then((index) => {
      graph = index.graph;
    });
  });

  const mentionsByTab = new PageMentionsStore();

  // The hover card's words go from here to its frame, never to the content script (card-relay.ts).
  startCardRelay(async (request) => {
    const note = cardNoteOf(request.via, request.written);
    // A case number the graph does not have is explained from the number itself.
    const local = localCardOf(request.id, request.written);
    if (local) return { entry: local, note, canOpen: false };
    // The card says what the bundled graph says. Of an entry only the imports know it says just
    // that: the frame's size, which the page can measure, must not depend on the user's data.
    const bundled = loadBundledGraphIndex();
    const node = bundled.nodesById.get(request.id);
    if (node) return { entry: toEntryCard(node, bundled), note, canOpen: true };
    // Only pages that may paint imported names may learn that one exists (ids are made of names).
    if (isImportedNamesOn(await getHighlightSettings()) && (await loadGraphIndex()).nodesById.has(request.id)) return { imported: { id: request.id } };
    return { error: 'noSuchEntry' as const };
  }, () => void loadBundledGraphIndex());

  // A page hid or covered the card, so the content script stopped there: the toolbar says so.
  const warnedTabs = new Set<number>();
  onMessage('cardHidden', ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !sender.url || !/^https?:/.test(sender.url)) return;
    warnedTabs.add(tabId);
    void toolbarAction()?.setBadgeText({ tabId, text: '!' });
    void toolbarAction()?.setBadgeBackgroundColor({ tabId, color: '#b42318' });
    void getHighlightSettings().then((settings) => toolbarAction()?.setTitle({ tabId, title: hiddenCardTitle(resolveUiLanguage(settings.uiLanguage, browserUiLanguage())) }));
  });

  onMessage('openSidePanel', ({ data, sender }) => {
    const request = openSidePanelRequest.safeParse(data);
    if (!request.success) return { error: 'Malformed side panel request.' };
    // Must stay synchronous up to the open call: Chrome only honours it inside the user gesture.
    const result = openSidePanelFor(request.data, sender.tab?.id, sender.tab?.windowId);
    if ('error' in result) return result;
    // The answer says whether it opened: woken from sleep, this worker can be too late for the
    // gesture, and the sender then asks again (entrypoints/content/index.ts).
    return result.opened.then(
      () => ({ ok: true as const }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    );
  });

  onMessage('reportPageMentions', ({ data, sender }) => {
    // The address is cut to origin and path again here, whatever the sender sent.
    const url = typeof data === 'object' && data !== null && typeof data.url === 'string' ? pageAddressOf(data.url) : undefined;
    const report = pageMentionsReport.safeParse({ ...data, url });
    const tabId = sender.tab?.id;
    if (!report.success || tabId === undefined || sender.frameId !== 0) return;
    void mentionsByTab.set(tabId, report.data);
    // The warning stays until the tab loads a page again.
    if (warnedTabs.has(tabId)) return;
    void toolbarAction()?.setBadgeText({ tabId, text: badgeText(report.data.counts) });
  });

  // What a tab shows is told only to the extension's own pages (side panel, popup), never to a
  // content script, which a page's own code could sway.
  onMessage('getPageMentions', ({ data, sender }) => {
    const request = getPageMentionsRequest.safeParse(data);
    if (!request.success || !isExtensionPage(sender)) return null;
    return mentionsByTab.get(request.data.tabId).then((report) => report ?? null);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' || !warnedTabs.delete(tabId)) return;
    const action = toolbarAction();
    void action?.setTitle({ tabId, title: DEFAULT_TITLE });
    void action?.setBadgeText({ tabId, text: '' });
    void action?.getBadgeBackgroundColor({}).then((color) => action.setBadgeBackgroundColor({ tabId, color }));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void mentionsByTab.delete(tabId);
    warnedTabs.delete(tabId);
  });
});

/** A message from one of this extension's own pages (not a content script in a web page). */
function isExtensionPage(sender: { id?: string; url?: string }): boolean {
  // The background runs at the extension's own address, so its location says what that is.
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(`${location.protocol}//${location.host}/`);
}

/** The toolbar button: Firefox's MV2 build has browserAction where Chrome's MV3 has action. */
function toolbarAction(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/** The toolbar button's tooltip when it has nothing to warn of (the manifest's default_title). */
const DEFAULT_TITLE = 'TMT Lens';

function badgeText(counts: Record<string, number>): string {
  const entries = Object.keys(counts).length;
  return entries === 0 ? '' : entries > 99 ? '99+' : String(entries);
}
