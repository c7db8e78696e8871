import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../lib/match/compile-dictionary';
import { getPageMentionsRequest, openSidePanelResponse, pageAddressOf, pageMentionsReport, userDictionaryResponse } from '../../lib/messages';

describe('userDictionaryResponse', () => {
  const compiled = compileDictionary([
    { id: 'document:measures-x', name: 'Measures for X', kind: 'title' },
    { id: 'authority:abc', name: 'ABC', kind: 'abbr' },
  ]);

  it('keeps every table of a compiled dictionary, and accepts none', () => {
    expect(userDictionaryResponse.parse(compiled)).toEqual(compiled);
    expect(userDictionaryResponse.parse(null)).toBeNull();
  });

  it.each([
    ['a negative count', { tree: [...compiled.tree.slice(0, -1), -1] }],
    ['a fraction', { records: [0.5, ...compiled.records.slice(1)] }],
    ['a count too large for the tables', { tree: [2 ** 31, ...compiled.tree.slice(1)] }],
    ['a numeric string', { records: ['1', ...compiled.records.slice(1)] }],
    ['a list that is not an array', { tree: { length: 1, 0: 1 } }],
    ['an id of an unknown type', { ids: ['standard:x', ...compiled.ids.slice(1)] }],
    ['an id with capitals', { ids: [...compiled.ids.slice(0, -1), 'document:Measures'] }],
    ['an id that is not a string', { ids: [1, ...compiled.ids.slice(1)] }],
    ['ids that are not a list', { ids: 'document:measures-x' }],
  ])('rejects %s', (_, change) => {
    expect(userDictionaryResponse.safeParse({ ...compiled, ...change }).success).toBe(false);
  });
});

describe('openSidePanelResponse', () => {
  it.each([[{ ok: true }], [{ error: '`sidePanel.open()` may only be called in response to a user gesture.' }]])('accepts %j', (reply) => {
    expect(openSidePanelResponse.safeParse(reply).success).toBe(true);
  });

  it.each([[null], [undefined], [{ ok: false }], [{ error: 3 }], ['ok']])('rejects %j, which the content script then does not act on', (reply) => {
    expect(openSidePanelResponse.safeParse(reply).success).toBe(false);
  });
});

describe('page mention reports', () => {
  it.each([
    ['https://example.com/news/a?token=s3cret#part', 'https://example.com/news/a'],
    ['http://127.0.0.1:8080/?q=1', 'http://127.0.0.1:8080/'],
    ['https://user:pass@example.com/x#y', 'https://example.com/x'],
    ['https://example.com/a%3Fb', 'https://example.com/a%3Fb'],
  ])('keep origin and path of %s', (url, address) => {
    expect(pageAddressOf(url)).toBe(address);
  });

  it.each(['about:blank', 'file:///etc/passwd', 'chrome-extension://abc/popup.html', 'not a url'])('have no address for %s', (url) => {
    expect(pageAddressOf(url)).toBeUndefined();
  });

  it('refuse an address with a query or fragment, or without a path', () => {
    const report = (url: string) => pageMentionsReport.safeParse({ url, counts: { 'authority:cac': 2 } }).success;
    expect(report('https://example.com/news')).toBe(true);
    expect(report('https://example.com/news?token=1')).toBe(false);
    expect(report('https://example.com/news#top')).toBe(false);
    expect(report('https://example.com')).toBe(false);
    expect(report('javascript:alert(1)')).toBe(false);
  });

  it('are asked for by a tab id, nothing else', () => {
    expect(getPageMentionsRequest.safeParse({ tabId: 7 }).success).toBe(true);
    expect(getPageMentionsRequest.safeParse({ tabId: 'all' }).success).toBe(false);
    expect(getPageMentionsRequest.safeParse({ tabId: -1 }).success).toBe(false);
    expect(getPageMentionsRequest.safeParse(null).success).toBe(false);
  });
});

