/**
 * The search index's two parts: the serialized index, and the search code. popup.html
 * fetches both along with React (wxt.config.ts puts the search code in the chunk React is
 * in and preloads the index), so importing them here costs no second round of requests;
 * main.tsx imports this before React all the same. Turning them into an index waits until
 * after the first paint (use-search-index.ts).
 */
export const searchIndexChunks = Promise.all([import('virtual:tmt-lens/search-index'), import('../../lib/search/search-index')]);

// Failures are reported where the chunks are used (use-search-index.ts).
searchIndexChunks.catch(() => undefined);
