/**
 * Title-shaped stretches of English text: runs of capitalised words joined by the small words
 * titles use ("Measures for the Security Assessment of Outbound Data Transfers"), with a trailing
 * marker in brackets ("(Trial)", "(Draft for Comment)") kept, and the places inside a run where
 * one title may end and the next begin (at "and", a comma). Only runs with a type noun matter.
 */
import type { TakenSpans } from './taken-spans';
import { TYPE_NOUNS } from '../knowledge/translation-synonyms';
import { SERIES_NUMERAL, typeClassOf } from './title-signature';

export interface RunToken {
  start: number;
  end: number;
  text: string;
  /** Capitalised word, number or acronym: can begin or end a title. */
  capital: boolean;
}

export interface TitleRun {
  tokens: RunToken[];
  /** Index of tokens that are type nouns. */
  hasType: boolean;
  /** End offset of a bracketed marker right after the run, if any. */
  markerEnd?: number;
}

const LINKS = new Set(['of', 'on', 'for', 'the', 'and', 'or', 'in', 'to', 'with', 'concerning', 'regarding', 'governing', 'by', 'about', 'against', 'a', 'an']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-‐‑–.]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
/** Brackets a title carries after it: trial and draft markers, editions, years. */
const MARKER = /^\s*[(（]\s*(?:for\s+)?(?:trial(?:\s+implementation)?|interim|provisional|draft(?:\s+(?:for|of)\s+(?:public\s+)?(?:comments?|opinions?|consultation|solicitation of comments))?|exposure draft|revised(?: draft)?|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?|(?:for )?(?:public )?comments?|(?:first|second|third|1st|2nd|3rd|(?:19|20)\d\d)\s+(?:edition|version)|(?:edition|version)\s+(?:19|20)\d\d)\s*[)）]/i;

/** The number of one of a series after a title ("… Labor Dispute Cases (II)"), in capitals only: "(i)" opens a list. */
const SERIES_MARKER = new RegExp(String.raw`^\s*[(（]\s*(?:${SERIES_NUMERAL})\s*[)）]`);

function isCapital(word: string): boolean {
  const first = word.charCodeAt(0);
  return (first >= 0x41 && first <= 0x5a) || (first >= 0x30 && first <= 0x39) || /^\p{Lu}/u.test(word);
}

/**
 * Whether what lies between two words lets a title go on: spaces, with at most one comma, "&" or
 * dash ("Information Security Technology – Personal …", "Anti -Telecom"), and a plural's
 * possessive apostrophe ("Applications' Information Services").
 */
function joins(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let marks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0xa0) continue;
    if ((code === 0x27 || code === 0x2019) && i === from && text.charCodeAt(i - 1) === 0x73) continue;
    if ((code === 0x2c || code === 0x26 || code === 0x2d || code === 0x2013 || code === 0x2014) && marks === 0) {
      marks++;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * A capitalised type noun: titles are written in title case, so only the text around one of these
 * is read word by word (on a long page, a few per cent of it).
 */
const TYPE_NOUN = new RegExp(String.raw`\b(?:${TYPE_NOUNS.flat().map((noun) => noun.charAt(0).toUpperCase() + noun.slice(1)).join('|')})\b`, 'g');
/** A sentence's end: a full stop or semicolon after a lower-case letter or a bracket, then a space. */
const SENTENCE_END = /[a-z)”"][.;](?=\s)/g;
/** Whether the text has a capitalised type noun at all. */
export function hasTypeNoun(text: string): boolean {
  TYPE_NOUN.lastIndex = 0;
  const found = TYPE_NOUN.test(text);
  TYPE_NOUN.lastIndex = 0;
  return found;
}

/** How far a title reaches on either side of its type noun. */
const REACH = 220;

/**
 * The stretches of text around capitalised type nouns that no mention covers yet (a title the
 * automaton found needs no second look), merged where they overlap, cut at block breaks.
 */
function windowsOf(text: string, taken: TakenSpans | undefined): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  TYPE_NOUN.lastIndex = 0;
  for (let match = TYPE_NOUN.exec(text); match; match = TYPE_NOUN.exec(text)) {
    if (taken?.overlaps({ start: match.index, end: match.index + match[0].length })) continue;
    let from = Math.max(0, match.index - REACH);
    let to = Math.min(text.length, match.index + match[0].length + REACH);
    // A title does not cross a block or a sentence: ". " then a capital ends one ("No. 1" does not).
    const before = text.slice(from, match.index);
    const cut = Math.max(before.lastIndexOf('\u0000'), ...[...before.matchAll(SENTENCE_END)].slice(-1).map((end) => end.index! + 1));
    if (cut >= 0) from += cut + 1;
    const after = text.slice(match.index, to);
    const stop = [after.indexOf('\u0000'), after.search(SENTENCE_END)].filter((at) => at >= 0);
    if (stop.length > 0) to = match.index + Math.min(...stop) + 1;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
    TYPE_NOUN.lastIndex = Math.max(TYPE_NOUN.lastIndex, to - REACH);
  }
  return windows;
}

/** Title-shaped runs around the type nouns of `text` that lie outside the `taken` spans. */
export function findTitleRuns(text: string, taken?: TakenSpans): TitleRun[] {
  const runs: TitleRun[] = [];
  for (const [from, to] of windowsOf(text, taken)) collectRuns(text, from, to, runs);
  return runs;
}

function collectRuns(text: string, from: number, to: number, runs: TitleRun[]): void {
  let current: RunToken[] = [];
  let lastEnd = -1;
  const close = () => {
    // "… Security Protection in 2021": a year after a linking word is the sentence's, not the title's.
    while (current.length > 2 && YEAR.test(current[current.length - 1]!.text) && !current[current.length - 2]!.capital) current.pop();
    while (current.length > 0 && !current[current.length - 1]!.capital) current.pop();
    while (current.length > 0 && !current[0]!.capital) current.shift();
    if (current.length >= 2 && current.some((token) => token.capital && typeClassOf(token.text) !== undefined)) {
      const last = current[current.length - 1]!;
      const after = text.slice(last.end, last.end + 60);
      const marker = MARKER.exec(after) ?? SERIES_MARKER.exec(after);
      runs.push({ tokens: current, hasType: true, markerEnd: marker ? last.end + marker[0].length : undefined });
    }
    current = [];
  };
  /** Where the brackets inside the current title close, while the run is in them or just after. */
  let bracketEnd = -1;
  // A window may start inside a word: begin at the next word start.
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    const word = match[0];
    const token: RunToken = { start: match.index, end: match.index + word.length, text: word, capital: isCapital(word) };
    if (match.index === from && from > 0 && /[\p{L}\p{N}]/u.test(text.charAt(from - 1))) {
      lastEnd = token.end;
      continue;
    }
    // An acronym the page defines inside a title ("Regulations on Critical Information
    // Infrastructure (CII) Security Protection") is passed over: the title goes on after it.
    if (current.length > 0 && isBracketedAcronym(text, token) && joins(text, lastEnd, token.start - 1)) {
      lastEnd = token.end + 1;
      continue;
    }
    // A phrase in brackets inside a title ("Special Administrative Measures (Negative List) for
    // Foreign Investment Access") is part of it: the run goes on into and out of the brackets.
    const opens = current.length > 0 && text.charCodeAt(token.start - 1) === 0x28 && joins(text, lastEnd, token.start - 1) ? innerBracketEnd(text, token.start) : -1;
    if (opens >= 0) bracketEnd = opens;
    const afterBracket = bracketEnd >= 0 && lastEnd === bracketEnd;
    const continues = opens >= 0 || (current.length > 0 && (afterBracket ? joins(text, bracketEnd + 1, token.start) : joins(text, lastEnd, token.start)));
    if (afterBracket) bracketEnd = -1;
    if (!continues) close();
    if (token.capital || (current.length > 0 && word.length <= 10 && LINKS.has(word.toLowerCase()))) current.push(token);
    else close();
    lastEnd = token.end;
  }
  close();
}

const ACRONYM = /^[A-Z]{2,6}s?$/;
/**
 * One to four capitalised words in brackets, then a linking word that carries the title on to a
 * capitalised word ("(Negative List) for Foreign …"); not a short name the page gives the title
 * ("(Mobile Provisions) requires", "(Certification Measures) for public consultation").
 */
const INNER_BRACKET = /^([A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’-]*){0,3})\)\s+(?:for|of|on|in|concerning|regarding|governing)\s+(?:the\s+)?[A-Z0-9]/u;

/** The offset of the ")" that closes a phrase in brackets inside a title, starting at `start`; -1 for none (a marker at a title's end is MARKER's). */
function innerBracketEnd(text: string, start: number): number {
  const inner = INNER_BRACKET.exec(text.slice(start, start + 60));
  if (!inner || ACRONYM.test(inner[1]!) || MARKER.test(`(${inner[1]})`)) return -1;
  return start + inner[1]!.length;
}
/** Linking words that carry a title on ("… Data Transfer of Personal Information"): a title never ends before them. */
const CONTINUING_LINKS = new Set(['of', 'for']);
const YEAR = /^(?:19|20)\d\d$/;

/** An acronym right inside round brackets: "(CII)". */
function isBracketedAcronym(text: string, token: RunToken): boolean {
  return text.charAt(token.start - 1) === '(' && text.charAt(token.end) === ')' && ACRONYM.test(token.text);
}

/** A comma, or a dash between spaces, may join two titles (or a body and a title) in one run. */
const BREAK_MARK = /,|\s[-–—]\s/;

/**
 * Where a title inside a run may begin: the run's start, the first few capitalised words (a
 * sentence may begin "Under the …", a page "China's …"), and after every "and", comma or "the".
 */
/**
 * A headline's verb and "New" before a title ("CAC Announces New Cybersecurity Incident Reporting
 * Measures", "MIIT Issues Draft …"): in title case the whole headline is one run, and the title starts after them.
 */
const HEADLINE_WORDS = new Set([
  'new', 'announces', 'issues', 'releases', 'publishes', 'finalizes', 'finalises', 'unveils', 'introduces', 'adopts',
  'proposes', 'launches', 'updates', 'amends', 'revises', 'enacts', 'implements', 'clarifies', 'approves', 'passes', 'promulgates',
]);

export function titleStarts(run: TitleRun, text: string): number[] {
  const starts = new Set<number>();
  const tokens = run.tokens;
  for (let i = 0; i < tokens.length && i < 4; i++) if (tokens[i]!.capital) starts.add(i);
  for (let i = 1; i < tokens.length; i++) {
    const previous = tokens[i - 1]!;
    if (!tokens[i]!.capital) continue;
    const lower = previous.text.toLowerCase();
    if (lower === 'and' || lower === 'the' || HEADLINE_WORDS.has(lower) || BREAK_MARK.test(text.slice(previous.end, tokens[i]!.start))) starts.add(i);
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * Whether a title ending before token `end` ends where the run does or at a break between two
 * titles (a comma, "and"), not where words of the run were cut off.
 */
export function endsAtBreak(run: TitleRun, text: string, end: number): boolean {
  const tokens = run.tokens;
  if (end >= tokens.length) return true;
  return tokens[end]!.text.toLowerCase() === 'and' || BREAK_MARK.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start));
}

/**
 * Where a title inside a run may end (exclusive token index): the run's end; before an "and" or a
 * comma that joins two titles; and before a linking word only when little follows it ("… Online
 * Games in December"): "Measures for Reporting Cybersecurity Incidents in the Business Fields of
 * the People's Bank of China" is one title, not "Measures for Reporting Cybersecurity Incidents".
 */
export function titleEnds(run: TitleRun, text: string): number[] {
  const tokens = run.tokens;
  // "… Cross-Border Data Flow, and the Draft largely follows": "the Draft" is the sentence's, not the title's end.
  const ends = new Set<number>(isTrailingDraft(tokens) ? [] : [tokens.length]);
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i - 1]!.capital) continue;
    const word = tokens[i]!.text.toLowerCase();
    const comma = BREAK_MARK.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
    if (comma || word === 'and') ends.add(i);
    else if (!tokens[i]!.capital && tokens.length - i <= 3 && !CONTINUING_LINKS.has(word)) ends.add(i);
  }
  return [...ends].sort((a, b) => b - a);
}

const DRAFT_WORD = /^drafts?$/i;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its']);

/** Whether a run ends in "the Draft": a noun phrase after the title, not a word of it. */
function isTrailingDraft(tokens: readonly RunToken[]): boolean {
  return tokens.length > 2 && DRAFT_WORD.test(tokens[tokens.length - 1]!.text) && DETERMINERS.has(tokens[tokens.length - 2]!.text.toLowerCase());
}
