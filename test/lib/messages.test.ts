import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../lib/match/compile-dictionary';
import { openSidePanelResponse, userDictionaryResponse } from '../../lib/messages';

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
