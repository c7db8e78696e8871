/**
 * Title-shaped stretches of English text: runs of capitalised words joined by the small words
 * titles use ("Measures for the Security Assessment of Outbound Data Transfers"), with a trailing
 * marker in brackets ("(Trial)", "(Draft for Comment)") kept, and the places inside a run where
 * one title may end and the next begin (at "and", a comma). Only runs with a type noun matter.
 */
import { typeClassOf } from './title-signature';

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

const LINKS = new Set(['of', 'on', 'for', 'the', 'and', 'in', 'to', 'with', 'concerning', 'regarding', 'governing', 'by', 'about', 'against', 'a', 'an']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-‐‑–.]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
/** Brackets a title carries after it: trial and draft markers, versions, years. */
const MARKER = /^\s*[(（]\s*(?:for\s+)?(?:trial(?:\s+implementation)?|interim|provisional|draft(?:\s+(?:for|of)\s+(?:public\s+)?(?:comments?|opinions?|consultation|solicitation of comments))?|exposure draft|revised(?: draft)?|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?|(?:for )?(?:public )?comments?)\s*[)）]/i;

function isCapital(word: string): boolean {
  const first = word.charCodeAt(0);
  return (first >= 0x41 && first <= 0x5a) || (first >= 0x30 && first <= 0x39) || /^\p{Lu}/u.test(word);
}

/** Whether what lies between two words lets a title go on (a space, a comma before a capital, an "&"). */
function joins(between: string): boolean {
  return /^\s+$|^\s*,\s+$|^\s+&\s+$/.test(between);
}

export function findTitleRuns(text: string): TitleRun[] {
  const runs: TitleRun[] = [];
  let current: RunToken[] = [];
  let lastEnd = -1;
  const close = () => {
    while (current.length > 0 && !current[current.length - 1]!.capital) current.pop();
    while (current.length > 0 && !current[0]!.capital) current.shift();
    if (current.length >= 2 && current.some((token) => token.capital && typeClassOf(token.text) !== undefined)) {
      const last = current[current.length - 1]!;
      const marker = MARKER.exec(text.slice(last.end, last.end + 60));
      runs.push({ tokens: current, hasType: true, markerEnd: marker ? last.end + marker[0].length : undefined });
    }
    current = [];
  };
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0];
    const token: RunToken = { start: match.index, end: match.index + word.length, text: word, capital: isCapital(word) };
    const lower = word.toLowerCase();
    const continues = current.length > 0 && joins(text.slice(lastEnd, token.start));
    if (!continues) close();
    if (token.capital || (current.length > 0 && LINKS.has(lower))) current.push(token);
    else close();
    lastEnd = token.end;
  }
  close();
  return runs;
}

/**
 * Where a title inside a run may begin: the run's start, the first few capitalised words (a
 * sentence may begin "Under the …", a page "China's …"), and after every "and", comma or "the".
 */
export function titleStarts(run: TitleRun, text: string): number[] {
  const starts = new Set<number>();
  const tokens = run.tokens;
  for (let i = 0; i < tokens.length && i < 4; i++) if (tokens[i]!.capital) starts.add(i);
  for (let i = 1; i < tokens.length; i++) {
    const previous = tokens[i - 1]!;
    if (!tokens[i]!.capital) continue;
    const lower = previous.text.toLowerCase();
    if (lower === 'and' || lower === 'the' || text.slice(previous.end, tokens[i]!.start).includes(',')) starts.add(i);
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * Where a title inside a run may end (exclusive token index): the run's end, or before any linking
 * word or comma ("… Online Games in December", "… Data Law and the …").
 */
export function titleEnds(run: TitleRun, text: string): number[] {
  const ends = new Set<number>([run.tokens.length]);
  const tokens = run.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const linking = !tokens[i]!.capital || text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes(',');
    if (linking && tokens[i - 1]!.capital) ends.add(i);
  }
  return [...ends].sort((a, b) => b - a);
}
