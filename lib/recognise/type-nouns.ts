/**
 * The type nouns machine translations and commentary put after a title or a short name
 * ("… service management regulations", "the deep synthesis rules"), found once per text and read
 * by both the sentence-case reader (any case) and the lower-case reader (lower case only).
 */
import type { Span } from './taken-spans';

const TYPE_NOUN = /\b(?:regulations|provisions|measures|rules)\b/gi;

/** Every type noun in `text`, in any case, in text order: most text has none. */
export function findTypeNouns(text: string): Span[] {
  const nouns: Span[] = [];
  TYPE_NOUN.lastIndex = 0;
  for (let match = TYPE_NOUN.exec(text); match; match = TYPE_NOUN.exec(text)) nouns.push({ start: match.index, end: match.index + match[0].length });
  return nouns;
}

/** Whether the noun is written in lower case ("rules", not "Rules" or "RULES"). */
export function isLowerCaseNoun(text: string, noun: Span): boolean {
  for (let at = noun.start; at < noun.end; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}
