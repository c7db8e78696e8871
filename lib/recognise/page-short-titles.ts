/**
 * Short titles a page uses without defining them, for an instrument it has named in full: after
 * "the Personal Information Protection Compliance Audit Measures", "the Audit Measures"; after the
 * deep synthesis provisions, "the Deep Synthesis Provisions". A capitalised phrase ending in a type
 * noun names the one instrument named earlier on the page whose title has all its words under the
 * same type noun, when at least one of those words is one few titles have ("Security Measures"
 * names nothing: many titles have "security").
 */
import { TakenSpans, type Span } from './taken-spans';
import { signatureOf, type TitleSignature } from './title-signature';

/** An instrument the page has named by an English title: its id and its title's signature. */
export interface NamedTitle {
  id: string;
  signature: TitleSignature;
}

export interface ShortTitleMention {
  start: number;
  end: number;
  id: string;
  matched: string;
}

/** One to four capitalised words and a type noun: "Audit Measures", "Cross-Border Data Flow Provisions". */
const SHORT_TITLE = /\b(?:(?:The|This|These|Those|Its|Their|Such|Both|Under|Per)\s+)?((?:[A-Z][\p{L}\p{N}'’-]*\s+){1,4}(?:Laws?|Regulations?|Provisions|Measures|Rules|Guidelines|Opinions|Notice|Decision|Plan|Standards?))\b/gu;
/** A capitalised word right before the phrase: it is part of a longer name, not a short title. */
const CAPITALISED_BEFORE = /[A-Z][\p{L}\p{N}'’-]*\s+$/u;

/** The English document titles among `mentions`, as the page wrote them, with their signatures. */
export function namedTitles(mentions: readonly (Span & { id: string; matched: string })[]): NamedTitle[] {
  const named: NamedTitle[] = [];
  for (const mention of mentions) {
    if (!mention.id.startsWith('document:') || !/[A-Za-z]{3}/.test(mention.matched)) continue;
    const signature = signatureOf(mention.matched);
    if (signature && signature.words.length >= 2) named.push({ id: mention.id, signature });
  }
  return named;
}

/** Short titles in `text` of the instruments in `named`, away from the spans already `taken`. */
export function findPageShortTitles(
  text: string,
  named: readonly NamedTitle[],
  taken: readonly Span[],
  isCommonWord: (word: string) => boolean,
): ShortTitleMention[] {
  const found: ShortTitleMention[] = [];
  if (named.length === 0 || !/[A-Z]/.test(text)) return found;
  const busy = new TakenSpans(taken);
  SHORT_TITLE.lastIndex = 0;
  for (let match = SHORT_TITLE.exec(text); match; match = SHORT_TITLE.exec(text)) {
    // A capitalised "The" at a sentence's start is not the title's.
    const start = match.index + match[0].length - match[1]!.length;
    const end = start + match[1]!.length;
    if (busy.overlaps({ start, end }) || CAPITALISED_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    const signature = signatureOf(match[1]!);
    if (!signature || signature.words.length === 0 || signature.words.every(isCommonWord)) continue;
    const owners = new Set(
      named
        .filter(({ signature: title }) => title.type === signature.type && title.words.length > signature.words.length && signature.words.every((word) => title.words.includes(word)))
        .map(({ id }) => id),
    );
    if (owners.size !== 1) continue;
    found.push({ start, end, id: [...owners][0]!, matched: match[1]! });
  }
  return found;
}
