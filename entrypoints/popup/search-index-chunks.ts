/**
 * Starts fetching the search index's two chunks (the serialized index and the search code)
 * the moment it is evaluated. main.tsx imports it before React, so fetching and compiling
 * them can overlap React's start instead of queueing behind it. Turning the chunks into an
 * index waits until after the first paint (use-search-index.ts).
 */
export const searchIndexChunks = Promise.all([import('virtual:tmt-lens/search-index'), import('../../lib/search/search-index')]);

// Failures are reported where the chunks are used (use-search-index.ts).
searchIndexChunks.catch(() => undefined);
