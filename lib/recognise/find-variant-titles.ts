/**
 * Finds titles that render a graph entry's title in other words ("Security Assessment Measures for
 * Cross-Border Data Transfer") in the stretches the name automaton left alone. Precision first: a
 * span is recognised only when its signature equals one entry's signature exactly, or differs by
 * one typo in one long word ("Anti-Epionage Law"); never in a stretch where the automaton already
 * found a name.
 */
import { levenshteinWithin } from '../parse/levenshtein';
import { PHRASE_SYNONYMS } from '../knowledge/translation-synonyms';
import { endsAtBreak, findTitleRuns, hasTypeNoun, titleEnds, titleStarts, type TitleRun } from './title-runs';
import { foldTitleWord, isTitleStopword, signatureOf, typeClassOf, type TitleSignature } from './title-signature';
import { TakenSpans, type Span } from './taken-spans';
import { isDistinctive, type TitleTable } from './title-table';

export interface VariantMention {
  start: number;
  end: number;
  id: string;
  matched: string;
  /** How it was recognised: another translation, or a typo forgiven. */
  via: 'variant' | 'typo';
}

/** A word must be this long before one wrong letter in it is forgiven. */
const TYPO_MIN_LENGTH = 7;

function repairTypo(signature: TitleSignature, table: TitleTable): TitleSignature | undefined {
  if (!isDistinctive(signature)) return undefined;
  const unknown = signature.words.filter((word) => !table.vocabulary.has(word));
  if (unknown.length !== 1 || unknown[0]!.length < TYPO_MIN_LENGTH) return undefined;
  const wrong = unknown[0]!;
  const fixes = table.wordsNear(wrong).filter((word) => word.length >= TYPO_MIN_LENGTH && levenshteinWithin(word, wrong, 1));
  if (fixes.length !== 1) return undefined;
  const words = signature.words.map((word) => (word === wrong ? fixes[0]! : word)).sort();
  return { ...signature, words };
}

/** A dash between spaces after a series' type noun. */
const SERIES_DASH = /^\s+[-–—]\s+$/;
const LINK_AFTER_TYPE = new Set(['on', 'for', 'of', 'concerning', 'regarding', 'governing', 'to', 'against', 'in']);

const TITLE_MARKERS = new Set(['interim', 'provisional', 'tentative', 'trial', 'draft', 'revised', 'amended']);

/** How far back a title's own marker can stand ("Interim Administrative Measures …"). */
const MARKER_REACH = 4;

function markedBefore(tokens: readonly { text: string }[], start: number): boolean {
  // Back to the "the" a title starts after ("… Revised the Provisions on …" is not marked).
  for (let i = start - 1; i >= 0 && i >= start - MARKER_REACH; i--) {
    const word = tokens[i]!.text.toLowerCase();
    if (word === 'the') return false;
    if (TITLE_MARKERS.has(word)) return true;
  }
  return false;
}

/** Whether a title starting at token `start` starts its run, or follows "the", "and" or a linking word. */
function startsAtBreak(tokens: readonly { text: string; capital: boolean }[], start: number): boolean {
  return start === 0 || !tokens[start - 1]!.capital || tokens[start - 1]!.text.toLowerCase() === 'and';
}

/** Pairs of words that are one phrase to translators ("artificial intelligence", "personal data"). */
const PHRASE_PAIRS = new Set(
  PHRASE_SYNONYMS.flatMap(([phrase]) => {
    const words = phrase.split(/[\s-]+/);
    return words.slice(1).map((word, index) => `${words[index]} ${word}`);
  }),
);

/**
 * Whether a title starting at token `start` would start inside a phrase: "Artificial Intelligence
 * Law" holds no "Intelligence Law" (the National Intelligence Law, whose "National" titles drop).
 */
function startsInsidePhrase(tokens: readonly { text: string }[], start: number): boolean {
  return start > 0 && PHRASE_PAIRS.has(`${tokens[start - 1]!.text.toLowerCase()} ${tokens[start]!.text.toLowerCase()}`);
}

/** Words that open a sentence or clause before a title ("Under the …", "In …") and are not part of it. */
const OPENERS = new Set(['under', 'in', 'on', 'for', 'the', 'and', 'of', 'by', 'with', 'to', 'as', 'from', 'about', 'a', 'an', 'at', 'regarding', 'concerning']);

/** Words before a title in its run that say which one it is, not what it is about: an opener, a year, a month. */
const SAYS_WHICH = /^(?:The|New|Chinese|China['’]s|PRC|PRC['’]s|Draft|Revised|Amended|Final|Latest|Current|Updated|\d+|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** A dash, colon or bar between two words of a run: what follows starts afresh ("NPPA Watch — Security …"). */
const BREAK_BETWEEN = /[—–:：|]/;

/** A number before a title is the sentence's ("Article 37 of the …", "31 October 2006 and the …"), not the title's. */
const NUMBER = /^\d+$/;

/** The first token of the title: past the openers and numbers a match may have started with. */
function trimOpeners(tokens: readonly { text: string; capital: boolean }[], start: number, end: number): number {
  let first = start;
  while (first < end - 1 && (OPENERS.has(tokens[first]!.text.toLowerCase()) || !tokens[first]!.capital || NUMBER.test(tokens[first]!.text))) first++;
  return first;
}

/**
 * "… Law of the People's Republic of China, the Provision on Unreliable Entity List": words of
 * no meaning before a comma (the end of another title) are not the title's, though its
 * signature, which leaves them out, is the same.
 */
function afterLeadingClause(tokens: readonly { start: number; end: number; text: string }[], first: number, end: number, text: string): number {
  let start = first;
  for (let i = first + 1; i < end; i++) {
    if (!text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes(',')) continue;
    if (!tokens.slice(start, i).every((token) => isTitleStopword(token.text.toLowerCase().replace(/’/g, "'")))) break;
    start = i;
    while (start < end - 1 && isTitleStopword(tokens[start]!.text.toLowerCase())) start++;
  }
  return start;
}

/** `swapped`: found under a type noun translators swap with the page's ("Regulations" for 规定). */
type Identified = (Pick<VariantMention, 'id' | 'via'> & { swapped?: true }) | null;

/**
 * The entry a written title names, by its signature or with one typo repaired; null for none.
 * `near`: by a title with one word more or less (tried only once no end of the run names a title exactly).
 */
function identify(written: string, table: TitleTable, near: boolean): Identified {
  const signature = signatureOf(written);
  if (!signature) return null;
  if (near) {
    const id = table.lookupNear(signature);
    return id ? { id, via: 'variant' } : null;
  }
  const id = table.lookup(signature);
  if (id) return { id, via: 'variant' };
  const repaired = repairTypo(signature, table);
  const fixed = repaired && table.lookup(repaired);
  if (fixed) return { id: fixed, via: 'typo' };
  const swapped = table.lookupSwappedType(signature);
  return swapped ? { id: swapped, via: 'variant', swapped: true } : null;
}

/**
 * What written titles were found to name, kept for a page: a page repeats its titles, and each
 * candidate costs a signature. Bounded, since a page can be endless.
 */
export class TitleMemo {
  private known = new Map<string, Identified>();

  get(written: string): Identified | undefined {
    return this.known.get(written);
  }

  set(written: string, identified: Identified): void {
    if (this.known.size >= 5000) this.known.clear();
    this.known.set(written, identified);
  }
}

/** How many capitalised words after a title a run may carry ("… Information Services Document Number:"). */
const MAX_TRAILING_WORDS = 2;

/**
 * The run's ends, and ends one or two words short of the run's end where those words are
 * capitalised words no title in the graph uses (a headline's "Come into Force", a form's
 * "Document Number"): a word some title uses may be part of another title, so it is never cut off.
 */
function withTrailingWordsLeftOut(ends: number[], tokens: TitleRun['tokens'], table: TitleTable): number[] {
  const all = new Set(ends);
  for (let cut = 1; cut <= MAX_TRAILING_WORDS && tokens.length - cut > 1; cut++) {
    const word = tokens[tokens.length - cut]!;
    if (!word.capital || typeClassOf(word.text) !== undefined || table.vocabulary.has(foldTitleWord(word.text.toLowerCase()))) break;
    // A title ends on a capitalised word, never on "in" or "of".
    if (tokens[tokens.length - cut - 1]!.capital) all.add(tokens.length - cut);
  }
  return [...all].sort((a, b) => b - a);
}

function recogniseInRun(run: TitleRun, text: string, table: TitleTable, taken: TakenSpans, found: VariantMention[], memo: TitleMemo): void {
  const tokens = run.tokens;
  const starts = titleStarts(run, text);
  const ends = withTrailingWordsLeftOut(titleEnds(run, text), tokens, table);
  // Where a title's type noun can stand: last ("… Measures") or before a linking word ("Measures for …").
  const heads = tokens.flatMap((token, index) =>
    token.capital && typeClassOf(token.text) !== undefined ? [index] : [],
  );
  // A series title before a dash has its type noun there too ("Cybersecurity Standard Practice Guide – Generative …").
  const hasHead = (start: number, end: number) =>
    heads.some((head) => head >= start && head < end && (head === end - 1 || LINK_AFTER_TYPE.has(wordAfterType(head).toLowerCase()) || SERIES_DASH.test(text.slice(tokens[head]!.end, tokens[head + 1]!.start))));
  /** The word after a type noun, past a phrase in brackets ("Measures (Negative List) for …"). */
  function wordAfterType(head: number): string {
    if (!text.slice(tokens[head]!.end, tokens[head + 1]!.start).includes('(')) return tokens[head + 1]!.text;
    for (let next = head + 2; next < tokens.length; next++) if (text.slice(tokens[next - 1]!.end, tokens[next]!.start).includes(')')) return tokens[next]!.text;
    return '';
  }
  // Exact titles first, anywhere in the run; then titles with one word more or less where none was.
  for (const near of [false, true]) {
    let from = 0;
    for (const start of starts) {
      if (start < from) continue;
      // "Interim Administrative Measures …" is not "Administrative Measures …": a title's own marker is never dropped.
      if (markedBefore(tokens, start) || startsInsidePhrase(tokens, start)) continue;
      const at = titleAt(start, near);
      if (!at) continue;
      found.push(at.mention);
      taken.add(at.mention);
      from = at.end;
    }
  }

  /** The title that begins at token `start`, the longest first; null for none. */
  function titleAt(start: number, near: boolean): { mention: VariantMention; end: number } | null {
    for (const end of ends) {
      if (end <= start + 1 || !hasHead(start, end)) continue;
      // "… Greater Bay Area on 18 February 2019": a number after a linking word is the sentence's date.
      if (NUMBER.test(tokens[end - 1]!.text) && !tokens[end - 2]!.capital) continue;
      // One liberty at a time: a title with a word more or less must end where the run does or
      // at a break, not where trailing words were cut ("… Online Sales" of "… of Medical Devices").
      if (near && !endsAtBreak(run, text, end)) continue;
      const last = end === tokens.length && run.markerEnd !== undefined ? run.markerEnd : tokens[end - 1]!.end;
      const span = { start: tokens[start]!.start, end: last };
      if (taken.overlaps(span)) continue;
      const written = text.slice(span.start, span.end);
      const memoKey = near ? `~${written}` : written;
      let known = memo.get(memoKey);
      if (known === undefined) {
        known = identify(written, table, near);
        memo.set(memoKey, known);
      }
      if (!known) continue;
      // One liberty at a time: a swapped type noun only for a title that starts where one does
      // (not "Internet Information Service Management Rules" inside "Non-Commercial …").
      if (known.swapped && !startsAtBreak(tokens, start)) continue;
      // "Cloud Computing Service Security Assessment Measures": capitalised words before a title in
      // one run are another title's head, unless they only say which one it is ("the new", a date).
      if (!startsAtBreak(tokens, start) && !SAYS_WHICH.test(tokens[start - 1]!.text) && !BREAK_BETWEEN.test(text.slice(tokens[start - 1]!.end, tokens[start]!.start))) continue;
      span.start = tokens[afterLeadingClause(tokens, trimOpeners(tokens, start, end), end, text)]!.start;
      return { mention: { ...span, id: known.id, matched: text.slice(span.start, span.end), via: known.via }, end };
    }
    return null;
  }
}

/**
 * Variant titles in `text`, given the spans the automaton already took (they are never overlapped
 * and are left as they are) and spans that give way to a title found over them (bodies a title
 * names). Results are in text order.
 */
export function findVariantTitles(text: string, taken: readonly Span[], table: TitleTable, memo = new TitleMemo(), yielding: readonly Span[] = []): VariantMention[] {
  const found: VariantMention[] = [];
  // Most text has no title-case type noun the automaton left: then nothing else is built.
  if (!hasTypeNoun(text)) return found;
  const busy = new TakenSpans(taken);
  // A type noun inside a yielding span ("… for Market Regulation") opens no window of its own.
  const looked = yielding.length > 0 ? new TakenSpans([...taken, ...yielding]) : busy;
  for (const run of findTitleRuns(text, looked)) recogniseInRun(run, text, table, busy, found, memo);
  return found.sort((a, b) => a.start - b.start);
}
