/**
 * Queries the popup offers to try and the search boxes show as placeholders. Each one finds
 * something in the bundled graph (checked by test/lib/search/search-examples.test.ts): an
 * example that finds nothing teaches the reader that search does not work.
 */
export const SEARCH_EXAMPLES = ['CAC', 'TC260', 'GB 40050', 'generative AI'] as const;

/** The first three, for the search boxes' placeholder: more would be cut off in the popup's. */
export const PLACEHOLDER_EXAMPLES = SEARCH_EXAMPLES.slice(0, 3).join(', ');
