/** Opens the options page (imports, backups, settings) in a tab of its own. */
import { browser } from 'wxt/browser';

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
