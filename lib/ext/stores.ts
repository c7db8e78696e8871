/**
 * Every value the extension keeps in browser storage, declared once with WXT's storage API.
 * Reads go through zod (see settings.ts) so corrupt values never reach the UI.
 */
import { storage } from 'wxt/utils/storage';

export interface SidePanelTarget {
  id?: string;
  view: 'entry' | 'page';
  tabId?: number;
  /** Text to search for when the request names no entry (e.g. a selection that is no exact name). */
  query?: string;
  /** When it was asked for, so a panel can tell a new request from one it already showed. */
  at: number;
}

export const sidePanelTarget = storage.defineItem<SidePanelTarget | null>('session:sidePanelTarget', {
  fallback: null,
});
