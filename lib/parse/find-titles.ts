/**
 * Stage 2a: find document titles in a sentence. A title is a run of capitalised words
 * (with the lower-case connectors titles use, and parentheticals such as "(Draft for
 * Comment)") that contains a head noun like "Measures" or "Law". Headline verbs split an
 * issuer from its title ("MIIT Issued Measures for …"); words that open sentences are trimmed.
 */
import { CAMEL_PARENTHETICAL, CONNECTORS, HEAD_NOUNS, HEADLINE_VERBS, NOUN_VERBS, STARTERS, TITLE_PARENTHETICAL } from './title-words';

export interface TitleMatch {
  /** The title as written, quotes and surrounding punctuation removed. */
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Short names the text defines for it: (the "CEL"), (Twenty Data Measures). */
  shortNames: string[];
  /** The title was followed by "for Public Comments": it names a draft. */
  forComments?: boolean;
}

interface Token {
  core: string;
  start: number;
  end: number;
  /** Punctuation after the word that ends a title (comma, full stop, semicolon, colon). */
  stop: string;
  opensParen: boolean;
  closesParen: boolean;
}

const TOKEN = /\(?[^\s(]+/g;
const LEADING = /^[“"‘'([]+/;
const TRAILING = /[”"’'),.;:!?\]]+$/;

function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    const raw = match[0];
    const lead = raw.match(LEADING)?.[0] ?? '';
    const trail = raw.slice(lead.length).match(TRAILING)?.[0] ?? '';
    const core = raw.slice(lead.length, raw.length - trail.length);
    if (!core) continue;
    tokens.push({
      core,
      start: match.index + lead.length,
      end: match.index + raw.length - trail.length,
      stop: trail.replace(/[”"’')\]]/g, ''),
      opensParen: lead.includes('('),
      closesParen: trail.includes(')'),
    });
  }
  return tokens;
}

function isCapitalised(word: string): boolean {
  return /^[A-Z0-9]/.test(word) || /^e-[A-Z]/i.test(word) || /^i[A-Z]/.test(word);
}

function isHead(word: string): boolean {
  return HEAD_NOUNS.has(word.toLowerCase());
}

/** Where each parenthetical group starts and ends, by token index. */
function parenEnd(tokens: Token[], from: number): number {
  for (let index = from; index < tokens.length && index < from + 12; index++) {
    if (tokens[index]!.closesParen) return index;
  }
  return -1;
}

const SHORT_NAME = /^\s*\((?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?(?:[“"‘']\s*([^“”"‘’]{2,80}?)\s*[”"’'“]|([A-Z][A-Za-z0-9 -]{1,60}))\)/;

export function findTitles(sentence: string): TitleMatch[] {
  const tokens = tokenize(sentence);
  const titles: TitleMatch[] = [];
  let index = 0;
  while (index < tokens.length) {
    const opening = tokens[index]!;
    if (opening.opensParen) {
      // A parenthetical that opens a run is an aside or a short name, never a title's start.
      const end = parenEnd(tokens, index);
      index = end >= 0 ? end + 1 : index + 1;
      continue;
    }
    if (!isCapitalised(opening.core) || HEADLINE_VERBS.has(opening.core.toLowerCase())) {
      index++;
      continue;
    }
    // Collect one run of title words.
    const run: number[] = [];
    let cursor = index;
    let afterHeadConnector = false;
    while (cursor < tokens.length) {
      const token = tokens[cursor]!;
      const lower = token.core.toLowerCase();
      if (token.opensParen) {
        const end = parenEnd(tokens, cursor);
        const group = end >= 0 ? sentence.slice(tokens[cursor]!.start - 1, tokens[end]!.end + 1) : '';
        if (end >= 0 && run.length > 0 && (TITLE_PARENTHETICAL.test(group) || CAMEL_PARENTHETICAL.test(group))) {
          for (let k = cursor; k <= end; k++) run.push(k);
          cursor = end + 1;
          if (/[,.;:]/.test(tokens[end]!.stop)) break;
          continue;
        }
        if (definesTermInside(sentence, tokens, run, cursor)) {
          run.push(cursor++);
          continue;
        }
        break;
      }
      // "MIIT Issues Measures" splits; "Research Report on Legal Issues" does not.
      const nounAfterHead = NOUN_VERBS.has(lower) && run.some((k) => isHead(tokens[k]!.core));
      if (HEADLINE_VERBS.has(lower) && run.length > 0 && !nounAfterHead) break;
      // "… (2020-2025) on 9 December 2019": a date ends the title.
      if (/^\d{1,2}$/.test(token.core) && MONTH_WORD.test(tokens[cursor + 1]?.core ?? '')) break;
      if (MONTH_WORD.test(token.core) && /^\d{1,2}(st|nd|rd|th)?$/.test(tokens[cursor + 1]?.core ?? '')) break;
      const capital = isCapitalised(token.core);
      if (!capital && !(CONNECTORS.has(lower) && run.length > 0)) break;
      run.push(cursor);
      if (isHead(token.core)) afterHeadConnector = false;
      else if (CONNECTORS.has(lower) && run.some((k) => isHead(tokens[k]!.core))) afterHeadConnector = true;
      cursor++;
      if (token.stop) {
        // "… of Radio, Television and Network …": a comma inside a title's complement.
        const next = tokens[cursor];
        const nextStartsTitle = [next, tokens[cursor + 1]].some((word) => word && isHead(word.core));
        const keepGoing = token.stop === ',' && afterHeadConnector && next && isCapitalised(next.core) && !STARTERS.has(next.core.toLowerCase()) && !nextStartsTitle && listCloses(tokens, cursor);
        // "Part 4: Data Protection Requirements", "Artificial Intelligence: Data Processing …"
        const partColon =
          token.stop === ':' &&
          ((/^\d+$/.test(token.core) && tokens[cursor - 2]?.core === 'Part') ||
            (next !== undefined && isCapitalised(next.core) && !STARTERS.has(next.core.toLowerCase()) && run.length <= 3));
        if (!keepGoing && !partColon) break;
      }
    }
    // "… industry standard projects, including Artificial Intelligence: Data Processing Flow …":
    // after such words a capitalised run is a standard's title even without a head noun.
    const before = run.length > 0 ? sentence.slice(Math.max(0, tokens[run[0]!]!.start - 60), tokens[run[0]!]!.start) : '';
    const namesStandard = STANDARD_CONTEXT.test(before);
    const listsStandards = STANDARD_LIST.test(before);
    const parts = splitAtAnd(tokens, run, listsStandards);
    for (const title of parts.map((part) => trimRun(tokens, part, namesStandard || marksStatus(sentence, tokens, part)))) {
      if (!title) continue;
      const first = tokens[title[0]!]!;
      const last = tokens[title[title.length - 1]!]!;
      const runEnd = last.end + (last.closesParen ? 1 : 0);
      // "… Offences and Crimes in accordance with the Law" (依法): the phrase ends the title.
      const end = runEnd + (BY_LAW_ENDING.exec(sentence.slice(runEnd))?.[0].length ?? 0);
      // Keep an opening quote when the title quotes a phrase: “5G+ Industrial Internet” Integration …
      const opensQuote = /[“"]/.test(sentence.charAt(first.start - 1)) && /[”"]/.test(sentence.slice(first.start, end));
      const written = sentence.slice(first.start - (opensQuote ? 1 : 0), end).replace(/[“”"‘’]+$/g, '');
      const forComments = /\s+for\s+(?:public\s+)?comments?$/i.test(written);
      const text = written.replace(/\s+for\s+(?:public\s+)?comments?$/i, '').trim();
      const after = sentence.slice(end).replace(/^[”"’']+/, '');
      const defined = after.match(SHORT_NAME);
      const shortName = defined?.[1] ?? defined?.[2];
      // "State Administration for Market Regulations (SAMR)" names a body, not a document.
      if (shortName && /^[A-Z0-9]{2,8}$/.test(shortName.trim()) && AUTHORITY_HEADS.test(text)) continue;
      titles.push({ text, start: first.start, end, shortNames: shortName ? [shortName.trim()] : [], ...(forComments ? { forComments } : {}) });
    }
    index = Math.max(cursor, index + 1);
  }
  return titles;
}

/**
 * Whether capitalised words from `from` on close a list with "and" or "or" ("Radio, Television
 * and Network …"), as a comma inside a title's complement does; "… Product Access, MIIT, in
 * conjunction with …" is the title's end.
 */
function listCloses(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    const token = tokens[k]!;
    if (token.core === 'and' || token.core === 'or') return true;
    if (!isCapitalised(token.core) || (token.stop && token.stop !== ',')) return false;
  }
  return false;
}

/**
 * "Opinions on … of Intelligent and Connected Vehicles (“ICVs”) Manufacturing Enterprises and
 * Product Access": a quoted acronym of the run's last words, with the title going on after it,
 * defines a term inside the title. It is part of the title, and not the title's short name.
 */
function definesTermInside(sentence: string, tokens: Token[], run: number[], at: number): boolean {
  const token = tokens[at]!;
  const acronym = /^([A-Z]{2,8})s?$/.exec(token.core)?.[1];
  if (!acronym || !token.closesParen || token.stop || !/\([“"]$/.test(sentence.slice(0, token.start))) return false;
  const next = tokens[at + 1];
  if (!next || next.opensParen || !isCapitalised(next.core)) return false;
  const lowerNext = next.core.toLowerCase();
  if (STARTERS.has(lowerNext) || HEADLINE_VERBS.has(lowerNext) || MONTH_WORD.test(next.core)) return false;
  const capitals = run.map((k) => tokens[k]!.core).filter((word) => isCapitalised(word));
  const tail = capitals.slice(-acronym.length);
  // The acronym spells the last words only: spelling the whole run, it would name the title.
  return capitals.length > acronym.length && tail.map((word) => word.charAt(0)).join('') === acronym;
}

const MONTH_WORD = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Bodies whose names contain a head noun ("Standard Working Group on …"). */
const BODY_NAMES = /\b(?:Working Group|Technical Committee|Alliance|Working Committee)\b|\b(?:Committee|Commission|Administration|Office|Bureau|Court|Council|Association|Group|Center|Centre|Ministry)$/;
const AUTHORITY_HEADS = /\b(?:Administration|Commission|Ministry|Bureau|Office|Court|Committee|Council|Association)\b/;
/** Participles that open a clause ("Protected by Laws …") rather than a title. */
const TITLE_PARTICIPLES = new Set(['advanced', 'integrated', 'connected', 'automated', 'unified', 'specialized', 'specialised', 'interconnected', 'networked', 'guided', 'shared']);

/**
 * "X Law and the Y Law": two titles, when both sides have a head noun. After "standards,
 * including" the left side may lack one, as standards' titles often do ("Information Disclosure
 * of … in Internet Finance and Open Source Software Measurement Specification for …"), provided
 * it is as long as a title (five words); "Data Processing and Storage Systems" stays one title
 * because its right side has no head noun.
 */
function splitAtAnd(tokens: Token[], run: number[], listsStandards = false): number[][] {
  for (let position = 1; position < run.length - 1; position++) {
    if (tokens[run[position]!]!.core !== 'and') continue;
    const left = run.slice(0, position);
    const afterThe = tokens[run[position + 1]!]!.core === 'the';
    const right = run.slice(afterThe ? position + 2 : position + 1);
    const leftHead = left.some((k) => isHead(tokens[k]!.core));
    const rightHead = right.some((k) => isHead(tokens[k]!.core));
    // Where the left side goes on past its head ("Guidelines for … to Modify Platform Service
    // Agreements and Transaction Rules"), "and" joins two objects inside one title, unless the
    // right side opens with a head noun or "the" ("Measures for X and Provisions on Y").
    const leftEndsTitle = isHead(tokens[left[left.length - 1]!]!.core) || tokens[left[left.length - 1]!]!.closesParen;
    const rightOpensTitle = afterThe || (right.length > 0 && isHead(tokens[right[0]!]!.core));
    const joinsTitles = leftHead && (leftEndsTitle || rightOpensTitle);
    const leftIsTitle = joinsTitles || (listsStandards && left.length >= 5);
    // "… Trade Secrets and Ten Typical Cases of …": a batch of cases (build-graph.ts) follows the title.
    const casesFollow = leftHead && COUNTED_CASES.test(right.slice(0, 3).map((k) => tokens[k]!.core).join(' '));
    if (casesFollow) return [left, right];
    if (leftIsTitle && rightHead && right.length >= 2 && isCapitalised(tokens[right[0]!]!.core)) {
      return [left, ...splitAtAnd(tokens, right, listsStandards)];
    }
  }
  return [run];
}

/** "… industry standard projects, including": a standard's title, which may lack a head noun, follows. */
const STANDARD_CONTEXT = /\bstandards?(?:\s+projects?)?(?:,?\s+(?:including|such as|namely|i\.e\.,?))?\s+(?:the\s+)?[“"]?$/i;

/**
 * The translation of 依法 that ends some titles. "Law" is capitalised there; in prose ("handled
 * in accordance with the law") it is not, and "the Law on …" names another law.
 */
const BY_LAW_ENDING = /^ in [Aa]ccordance with (?:the )?Law(?![\w-]| (?:on|of|for)\b)/;

/** "Ten Typical Cases of …": a batch of cases, which build-graph.ts makes a case entry. */
const COUNTED_CASES = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+) (?:Typical|Guiding|Criminal|Civil) Cases\b/;
/** Sentence openers ("Second, …") that may also begin a title ("Second List of …"). */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth']);

/** "(for Trial Implementation)", "(Draft for Opinion)": only a document's title carries these. */
const STATUS_PARENTHETICAL = /\((?:draft\b|exposure draft|for (?:trial|public|comments?)|interim|provisional|trial)[^)]*\)/i;

/**
 * Whether a run carries a status parenthetical, which makes it a title even without a head noun:
 * newsletters shorten "Provisions on the Security Management of …" to "Safety Management of …
 * (for Trial Implementation) (Draft for Opinion)".
 */
function marksStatus(sentence: string, tokens: Token[], part: number[]): boolean {
  if (part.length === 0) return false;
  const last = tokens[part[part.length - 1]!]!;
  return STATUS_PARENTHETICAL.test(sentence.slice(tokens[part[0]!]!.start, last.end + (last.closesParen ? 1 : 0)));
}

/** "… released four financial national standards, including": a list of several standards follows. */
const STANDARD_LIST = /\bstandards(?:\s+projects?)?,?\s+(?:including|such as|namely|i\.e\.,?)\s+(?:the\s+)?[“"]?$/i;

/**
 * Drops opening words and trailing connectors; returns the run if it is a title, else undefined.
 * `mayLackHead`: the context shows the run is a title even without a head noun (a standard, or a
 * status parenthetical), so five words suffice.
 */
function trimRun(tokens: Token[], run: number[], mayLackHead = false): number[] | undefined {
  let from = 0;
  let to = run.length - 1;
  while (from <= to) {
    const word = tokens[run[from]!]!.core.toLowerCase();
    const participle = /ed$/.test(word) && !TITLE_PARTICIPLES.has(word);
    const commentsOn = word === 'comments' || word === 'opinions' ? tokens[run[from + 1] ?? -1]?.core === 'on' && from > 0 : false;
    // "Second List of Typical Cases …": an ordinal right before the head noun is part of the title.
    const ordinalOfTitle = ORDINALS.has(word) && isHead(tokens[run[from + 1] ?? -1]?.core ?? '') && !tokens[run[from]!]!.stop;
    if (ordinalOfTitle) break;
    if (STARTERS.has(word) || CONNECTORS.has(word) || HEADLINE_VERBS.has(word) || participle || commentsOn) from++;
    // "Article 29 of the Law …": cite the law, not the article.
    else if (word === 'article' && /^\d+$/.test(tokens[run[from + 1] ?? -1]?.core ?? '')) from += 2;
    else break;
  }
  while (to >= from && (CONNECTORS.has(tokens[run[to]!]!.core.toLowerCase()) || MONTH_WORD.test(tokens[run[to]!]!.core))) to--;
  if (from > to) return undefined;
  const words = run.slice(from, to + 1);
  const cores = words.map((k) => tokens[k]!.core);
  if (BODY_NAMES.test(cores.join(' '))) return undefined;
  // "Rule of Law in Cyberspace …" is a theme, not an instrument.
  if (/^Rule of Law\b/.test(cores.join(' '))) return undefined;
  // "Face Payment Related Industry Standards": a category of standards, not one standard.
  if (/\b(?:Related|Industry|National|Group|Technical)\s+Standards$/.test(cores.join(' '))) return undefined;
  const headAt = cores.findIndex((word, position) => isHead(word) && !insideParen(tokens, words, position));
  if (headAt < 0 && !(mayLackHead && cores.length >= 5)) return undefined;
  // A lone head noun ("Measures", "Guidelines") is a reference, not a title.
  const meaningful = cores.filter((word) => !CONNECTORS.has(word.toLowerCase()));
  if (meaningful.length < 2) return undefined;
  // "Measures for …" must go on to say for what.
  if (headAt === 0 && cores.length < 3 && !/\d/.test(cores.join(' '))) return undefined;
  return words;
}

function insideParen(tokens: Token[], words: number[], position: number): boolean {
  for (let k = position; k >= 0; k--) {
    const token = tokens[words[k]!]!;
    if (token.closesParen && k < position) return false;
    if (token.opensParen) return true;
  }
  return false;
}
