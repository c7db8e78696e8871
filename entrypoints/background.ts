import '../lib/ext/zod-csp';
import type { z } from 'zod/mini';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, sendMessage } from '../lib/ext/messaging';
import { getEntryCardRequest, getPageMentionsRequest, openSidePanelRequest, pageAddressOf, pageMentionsReport } from '../lib/messages';
import { openSidePanelFor } from '../lib/ext/side-panel';
import { loadBundledGraphIndex, loadGraphIndex } from '../lib/ext/graph-store';
import { getHighlightSettings } from '../lib/ext/settings-store';
import { isImportedNamesOn } from '../lib/settings';
import { repairStoredData } from '../lib/ext/user-data-store';
import { getCompiledUserDictionary, watchUserData } from '../lib/ext/user-graph';
import { toEntryCard } from '../lib/graph/entry-card';
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

  const mentionsByTab = new Map<number, z.infer<typeof pageMentionsReport>>();

  onMessage('getEntryCard', async ({ data }) => {
    const request = getEntryCardRequest.safeParse(data);
    if (!request.success) return { error: 'Malformed entry request.' };
    // The card lives in a web page: it says only what the bundled graph says. An entry only the
    // imports know is named as such, without a word of what they say.
    const bundled = loadBundledGraphIndex();
    const node = bundled.nodesById.get(request.data.id);
    if (node) return { card: toEntryCard(node, bundled) };
    // Only pages that may paint imported names may learn that one exists (ids are made of names).
    if (isImportedNamesOn(await getHighlightSettings()) && (await loadGraphIndex()).nodesById.has(request.data.id)) return { imported: { id: request.data.id } };
    return { error: 'No such entry in TMT Lens.' };
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
    mentionsByTab.set(tabId, report.data);
    // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
    const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
    void action?.setBadgeText({ tabId, text: badgeText(report.data.counts) });
  });

  // What a tab shows is told only to the extension's own pages (side panel, popup), never to a
  // content script, which a page's own code could sway.
  onMessage('getPageMentions', ({ data, sender }) => {
    const request = getPageMentionsRequest.safeParse(data);
    if (!request.success || !isExtensionPage(sender)) return null;
    return mentionsByTab.get(request.data.tabId) ?? null;
  });

  browser.tabs.onRemoved.addListener((tabId) => mentionsByTab.delete(tabId));
});

/** A message from one of this extension's own pages (not a content script in a web page). */
function isExtensionPage(sender: { id?: string; url?: string }): boolean {
  // The background runs at the extension's own address, so its location says what that is.
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(`${location.protocol}//${location.host}/`);
}

function badgeText(counts: Record<string, number>): string {
  const entries = Object.keys(counts).length;
  return entries === 0 ? '' : entries > 99 ? '99+' : String(entries);
}
