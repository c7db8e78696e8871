import '../lib/ext/zod-csp';
import type { z } from 'zod/mini';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, sendMessage } from '../lib/ext/messaging';
import { getEntryCardRequest, openSidePanelRequest, pageMentionsReport } from '../lib/messages';
import { openSidePanelFor } from '../lib/ext/side-panel';
import { loadGraphIndex } from '../lib/ext/graph-store';
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

  onMessage('getUserDictionary', () => getCompiledUserDictionary());

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
    const graph = await loadGraphIndex();
    const node = graph.nodesById.get(request.data.id);
    if (!node) return { error: `No entry ${request.data.id} in TMT Lens.` };
    return { card: toEntryCard(node, graph) };
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
    const report = pageMentionsReport.safeParse(data);
    const tabId = sender.tab?.id;
    if (!report.success || tabId === undefined || sender.frameId !== 0) return;
    mentionsByTab.set(tabId, report.data);
    // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
    const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
    void action?.setBadgeText({ tabId, text: badgeText(report.data.counts) });
  });

  onMessage('getPageMentions', ({ data }) => mentionsByTab.get(data.tabId) ?? null);

  browser.tabs.onRemoved.addListener((tabId) => mentionsByTab.delete(tabId));
});

function badgeText(counts: Record<string, number>): string {
  const entries = Object.keys(counts).length;
  return entries === 0 ? '' : entries > 99 ? '99+' : String(entries);
}
