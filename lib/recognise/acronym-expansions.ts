/**
 * A name the page spells out before a known acronym in brackets — "the Cybersecurity Administration
 * of China (CAC)" — is that acronym's entry under another translation, when the initials of its
 * capitalised words are the acronym's letters and at least half its content words are the entry's
 * (so "the China Accounting Council (CAC)" is not the Cyberspace Administration). The page itself
 * says the two are one.
 */
import type { Mention } from '../match/types';
import type { Span } from './taken-spans';
import { contentWordsOf } from './title-signature';

/** Per entry id, the content words of its English names (contentWordsOf), shipped with the recognisers. */
export type EntryWords = Record<string, readonly string[]>;

function sharesWords(name: string, known: readonly string[] | undefined): boolean {
  if (!known) return false;
  const words = contentWordsOf(name);
  const shared = words.filter((word) => known.includes(word)).length;
  return shared > 0 && shared * 2 >= words.length;
}

const LINKS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to']);
const WORD = /[\p{L}][\p{L}'’]*/gu;
const MAX_WORDS = 9;

export interface AcronymExpansion extends Span {
  id: string;
  matched: string;
}

function isCapital(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The spelled-out name right before `open` (the bracket) whose initials are `letters`, if any. */
function expansionBefore(text: string, open: number, letters: string): Span | undefined {
  const from = Math.max(0, open - 160);
  const before = text.slice(from, open);
  const words: Array<{ start: number; end: number; text: string }> = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(before); match; match = WORD.exec(before)) words.push({ start: from + match.index, end: from + match.index + match[0].length, text: match[0] });
  // Walk back over one run of title words: capitalised words and the small words between them, joined by spaces or hyphens.
  let first = words.length;
  for (let i = words.length - 1; i >= 0 && words.length - i <= MAX_WORDS; i--) {
    const word = words[i]!;
    const gap = text.slice(word.end, i === words.length - 1 ? open : words[i + 1]!.start);
    if (!/^[\s\-‐‑–]*$/.test(gap)) break;
    if (!isCapital(word.text) && !LINKS.has(word.text)) break;
    first = i;
  }
  // The shortest run from a capitalised word whose initials spell the acronym.
  for (let start = words.length - 1; start >= first; start--) {
    if (!isCapital(words[start]!.text)) continue;
    const initials = words.slice(start).filter((word) => isCapital(word.text)).map((word) => word.text.charAt(0)).join('');
    if (initials.length > letters.length) return undefined;
    if (initials === letters) return { start: words[start]!.start, end: words[words.length - 1]!.end };
  }
  return undefined;
}

/** Spelled-out names before the bracketed acronyms among `mentions` that no mention covers. */
export function findAcronymExpansions(text: string, mentions: readonly Mention[], entryWords: EntryWords, isTaken: (span: Span) => boolean): AcronymExpansion[] {
  const found: AcronymExpansion[] = [];
  for (const mention of mentions) {
    if (!mention.abbreviation || !/^[A-Z]{2,8}$/.test(mention.matched)) continue;
    const open = mention.start - 1;
    if (!/[(（]/.test(text.charAt(open)) || !/[)）]/.test(text.charAt(mention.end))) continue;
    const span = expansionBefore(text, open, mention.matched);
    if (!span || isTaken(span) || !sharesWords(text.slice(span.start, span.end), entryWords[mention.id])) continue;
    found.push({ ...span, id: mention.id, matched: text.slice(span.start, span.end) });
  }
  return found;
}
