/**
 * What the side panel follows in the browser: which entry it was asked to show (the page
 * URL, or the request the background stored when the hover card, popup, context menu or
 * shortcut opened it), and which tab "On this page" describes. Replies from other contexts
 * are validated here, so components only ever see well-formed data.
 */
import { browser } from 'wxt/browser';
import { isEntryId, pageMentionsReport, type PageMentionsReport } from '../messages';
import { sendMessage } from './messaging';
import { sidePanelTarget, type SidePanelTarget } from './stores';

export interface PanelRequest {
  id?: string;
  view: 'entry' | 'page';
  /** The tab the request came from, if known. */
  tabId?: number;
  /** When it was asked for: a watcher ignores requests it has already acted on. */
  at: number;
  /** Text to search for, when the request named no entry (a context-menu lookup of a selection). */
  query?: string;
}

/**
 * A request carried in the page's own URL: `?id=<entry id>`, `?view=page`, and `&tabId=N`
 * to pin the tab "On this page" describes (for links and for tests that open the panel
 * page as a tab, where the active tab is the panel itself).
 */
export function requestFromUrl(search: string): PanelRequest | null {
  const params = new URLSearchParams(search);
  const id = params.get('id') ?? undefined;
  const view = params.get('view') === 'page' ? 'page' : 'entry';
  if (view === 'entry' && !isEntryId(id)) return null;
  return { id: isEntryId(id) ? id : undefined, view, tabId: pinnedTabIdFromUrl(search), at: 0 };
}

/** The tab pinned by `&tabId=N` in the page URL, if any. */
export function pinnedTabIdFromUrl(search: string): number | undefined {
  const tabId = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(tabId) && tabId > 0 ? tabId : undefined;
}

const MAX_QUERY = 300;

function toRequest(target: SidePanelTarget | null): PanelRequest | null {
  if (!target || (target.view !== 'entry' && target.view !== 'page')) return null;
  if (typeof target.query === 'string' && target.query.trim() && !isEntryId(target.id)) {
    return { view: 'entry', query: target.query.trim().slice(0, MAX_QUERY), tabId: target.tabId, at: target.at };
  }
  if (target.view === 'entry' && !isEntryId(target.id)) return null;
  return { id: isEntryId(target.id) ? target.id : undefined, view: target.view, tabId: target.tabId, at: target.at };
}

/** The request to show on start: the URL's, else the last one the background stored. */
export async function readPanelRequest(search: string): Promise<PanelRequest | null> {
  const fromUrl = requestFromUrl(search);
  if (fromUrl) return fromUrl;
  try {
    return toRequest(await sidePanelTarget.getValue());
  } catch {
    return null;
  }
}

/** Calls back whenever something asks the open panel to show an entry or the page view. */
export function watchPanelRequests(onRequest: (request: PanelRequest) => void): () => void {
  return sidePanelTarget.watch((target) => {
    const request = toRequest(target);
    if (request) onRequest(request);
  });
}

/**
 * The tab "On this page" describes: the pinned one, else the active tab of this window.
 * When the panel page is itself the active tab (opened as a tab), there is no page to describe.
 */
export async function findPageTab(pinnedTabId?: number): Promise<number | undefined> {
  if (pinnedTabId !== undefined) return pinnedTabId;
  const [own, [active]] = await Promise.all([browser.tabs.getCurrent(), browser.tabs.query({ active: true, currentWindow: true })]);
  return active?.id !== undefined && active.id !== own?.id ? active.id : undefined;
}

/** Calls back when the user switches tabs or a tab finishes loading or changes address. */
export function watchPageTabs(onChange: () => void): () => void {
  const onActivated = () => onChange();
  const onUpdated = (_tabId: number, change: { status?: string; url?: string }) => {
    if (change.status === 'complete' || change.url !== undefined) onChange();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

/** The entries the content script last reported for a tab; null if it has not reported. */
export async function fetchPageMentions(tabId: number): Promise<PageMentionsReport | null> {
  const reply: unknown = await sendMessage('getPageMentions', { tabId });
  const parsed = pageMentionsReport.safeParse(reply);
  return parsed.success ? parsed.data : null;
}

/** `error` says what failed (the side panel words it): the page did not answer, or could not be reached. */
export type RevealResult = { found: boolean; total: number } | { error: 'no-answer' | 'unreachable' };

/** Asks the tab to scroll to and flash one occurrence of an entry's name. */
export async function revealMention(tabId: number, id: string, occurrence: number): Promise<RevealResult> {
  try {
    const reply: unknown = await sendMessage('revealMention', { id, occurrence }, tabId);
    if (isRevealReply(reply)) return reply;
    return { error: 'no-answer' };
  } catch {
    return { error: 'unreachable' };
  }
}

function isRevealReply(value: unknown): value is { found: boolean; total: number } {
  if (typeof value !== 'object' || value === null) return false;
  const { found, total } = value as Record<string, unknown>;
  return typeof found === 'boolean' && typeof total === 'number' && Number.isInteger(total) && total >= 0;
}
