/**
 * Public API of the name matcher.
 *
 *   const compiled = compileDictionary({ entries, zhExclusions });   // build time or background → JSON
 *   const matcher = loadDictionary(JSON.parse(json));                 // content script, no rebuild
 *   const direct = buildMatcher(entries);                             // compile and load in one step
 *   findMentions([matcher, direct], text);                            // leftmost-longest
 *
 * Matching rules, in short: titles ignore case, quote style, dash style and whitespace runs, and
 * take "the" and PRC-qualifier variants; abbreviations keep their written case; codes take an
 * optional space after the prefix; Chinese names match anywhere except inside a longer
 * exclusion. A name that begins with a Latin letter or digit never starts inside a word, and
 * titles, abbreviations and codes never end inside one. See types.ts for Mention and ambiguity.
 */
export { buildMatcher } from './build-matcher';
export { compileDictionary } from './compile-dictionary';
export { COMPILED_FORMAT, COMPILED_VERSION, compiledDictionarySchema, type CompiledDictionary } from './compiled-form';
export { findMentions } from './find-mentions';
export { foldChar } from './fold-char';
export { foldString } from './fold-string';
export { GENERIC_NAMES } from './generic-names';
export { loadDictionary } from './load-dictionary';
export type { Matcher } from './matcher';
export { ENTRY_KINDS, type CompileInput, type DictionaryEntry, type EntryKind, type Mention } from './types';
