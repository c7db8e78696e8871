/**
 * What each tab's page reported it shows (the badge, the side panel's "On this page"), kept in
 * session storage as well as in memory: the background worker is stopped when idle and forgets,
 * and a page whose mentions do not change reports them only once. Session storage stays in memory
 * (never on disk) and is closed to content scripts. Stored values are checked again on the way back.
 */
import { storage } from 'wxt/utils/storage';
import { pageMentionsReport, type PageMentionsReport } from '../messages';

const storedReports = storage.defineItem<Record<string, unknown>>('session:pageMentions', { fallback: {} });

export class PageMentionsStore {
  private byTab = new Map<number, PageMentionsReport>();
  private restored: Promise<void> | undefined;

  /** The reports a stopped worker kept, read once; every change waits for it, so none is lost or brought back. */
  private restore(): Promise<void> {
    this.restored ??= storedReports.getValue().then(
      (stored) => {
        for (const [key, value] of Object.entries(stored ?? {})) {
          const tabId = Number(key);
          const report = pageMentionsReport.safeParse(value);
          if (Number.isSafeInteger(tabId) && report.success) this.byTab.set(tabId, report.data);
        }
      },
      (error: unknown) => console.warn('TMT Lens: could not read the pages’ reports', error),
    );
    return this.restored;
  }

  async get(tabId: number): Promise<PageMentionsReport | undefined> {
    await this.restore();
    return this.byTab.get(tabId);
  }

  async set(tabId: number, report: PageMentionsReport): Promise<void> {
    await this.restore();
    this.byTab.set(tabId, report);
    await this.save();
  }

  async delete(tabId: number): Promise<void> {
    await this.restore();
    if (this.byTab.delete(tabId)) await this.save();
  }

  private save(): Promise<void> {
    return storedReports.setValue(Object.fromEntries(this.byTab));
  }
}
