/**
 * The extension's message protocol (one typed call list) on top of @webext-core/messaging.
 * Handlers validate their input with the schemas in lib/messages.ts before acting.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CompiledDictionary } from '../match/compiled-form';
import type { OpenSidePanelResponse, PageMentionsReport } from '../messages';

export interface ProtocolMap {
  /** content script → background: the page hid or covered the hover card; the content script stopped there. */
  cardHidden(data: undefined): void;
  /** any page → background: open the side panel on an entry (must run within a user gesture). */
  openSidePanel(data: { id?: string; view?: 'entry' | 'page' }): OpenSidePanelResponse;
  /** content script → background: which entries the page shows, by id and count. */
  reportPageMentions(data: PageMentionsReport): void;
  /** side panel / popup → background: the last report of a tab. */
  getPageMentions(data: { tabId: number }): PageMentionsReport | null;
  /** side panel → content script: scroll to and flash an occurrence. */
  revealMention(data: { id: string; occurrence: number }): { found: boolean; total: number };
  /** popup / options / background → content script: settings or dictionary changed, rescan. */
  refreshHighlights(data: undefined): void;
  /** content script → background: names from the user's imports that the bundled dictionary lacks, compiled. */
  getUserDictionary(data: undefined): CompiledDictionary | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
