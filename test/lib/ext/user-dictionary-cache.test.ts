/** The background's compiled user dictionary (lib/ext/user-graph.ts) against WXT's fake browser. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addImport, removeImport } from '../../../lib/ext/user-data-store';
import { getCompiledUserDictionary, getUserDictionaryEntries } from '../../../lib/ext/user-graph';
import { findMentions } from '../../../lib/match/find-mentions';
import { loadDictionary } from '../../../lib/match/load-dictionary';
import { userDictionaryResponse } from '../../../lib/messages';
import { makeImport } from '../storage/fixtures';

// The bundled graph is a build artefact (lib/build/data-plugin.ts); a small one stands in for it.
vi.mock('virtual:tmt-lens/graph', async () => ({ default: (await import('../../../lib/graph/packed-graph')).packGraph((await import('../import/graphs')).BUNDLED) }));

/** Lets the storage change listeners run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('compiled user dictionary', () => {
  // Cleared rather than reset: user-graph.ts keeps its storage listener for the whole context.
  beforeEach(async () => {
    await fakeBrowser.storage.local.clear();
    await settle();
  });

  it('is null without imports', async () => {
    expect(await getCompiledUserDictionary()).toBeNull();
  });

  it('compiles the imported names into a form the content script accepts and loads', async () => {
    const record = makeImport();
    expect(await addImport(record)).toEqual({ ok: true });
    await settle();
    const compiled = await getCompiledUserDictionary();
    // As the content script receives it: through JSON and the message schema, which keeps every table.
    const received = userDictionaryResponse.parse(JSON.parse(JSON.stringify(compiled)));
    expect(received).toEqual(compiled);
    const entries = await getUserDictionaryEntries();
    expect(entries.length).toBeGreaterThan(0);
    const matcher = loadDictionary(received);
    const name = entries.find((entry) => entry.kind === 'title')!;
    expect(findMentions(matcher, `See the ${name.name}.`).map((m) => m.id)).toContain(name.id);
  });

  it('is compiled once, and again only after the imports change', async () => {
    const record = makeImport();
    await addImport(record);
    await settle();
    const first = await getCompiledUserDictionary();
    expect(await getCompiledUserDictionary()).toBe(first);
    await removeImport(record.id);
    await settle();
    expect(await getCompiledUserDictionary()).toBeNull();
    await addImport(record);
    await settle();
    const again = await getCompiledUserDictionary();
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
