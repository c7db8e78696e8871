import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageMentionsStore } from '../../../lib/ext/page-mentions-store';

const report = (count: number) => ({ url: 'https://example.com/news', counts: { 'document:cybersecurity-law': count }, active: true });

describe('PageMentionsStore', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps what a tab reported for a worker started afresh (the idle worker is stopped and forgets)', async () => {
    const first = new PageMentionsStore();
    await first.set(7, report(3));
    await first.set(8, report(1));
    await first.delete(8);
    const restarted = new PageMentionsStore();
    expect(await restarted.get(7)).toEqual(report(3));
    expect(await restarted.get(8)).toBeUndefined();
  });

  it('drops stored values that are not reports, and keeps the rest', async () => {
    await fakeBrowser.storage.session.set({ pageMentions: { 7: report(2), 9: { url: 'javascript:alert(1)', counts: {} }, x: report(1), 10: 'corrupt' } });
    const store = new PageMentionsStore();
    expect(await store.get(7)).toEqual(report(2));
    expect(await store.get(9)).toBeUndefined();
    expect(await store.get(10)).toBeUndefined();
  });

  it('does not bring back a tab closed before the stored reports were read', async () => {
    await new PageMentionsStore().set(7, report(2));
    const restarted = new PageMentionsStore();
    await restarted.delete(7);
    expect(await restarted.get(7)).toBeUndefined();
    expect(await new PageMentionsStore().get(7)).toBeUndefined();
  });
});
