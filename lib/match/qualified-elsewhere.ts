/**
 * "the US Supreme Court", "Japan’s Ministry of Justice", "the Supreme Court of Canada": a phrase
 * name (one that many countries' bodies and laws share, matched only as written) names another
 * country's body when a place qualifies it, by a capitalised word right before it or "of" and a
 * capitalised name right after. China's own qualifiers ("China’s", "PRC", "Chinese", "of
 * China", "of the PRC") leave it China's, and so do the words that open a sentence ("The",
 * "Under", …) and the words a title-case headline puts before a name ("New Supreme Court Rules",
 * "Draft Criminal Law Amendment"). Any other capitalised word ("Federal Supreme Court") drops
 * the match: a missed mark costs less than a card about the wrong country's court.
 */

const CHINA = new Set(['china', "china's", 'chinese', 'prc', "prc's", "people's"]);
/** Words that may stand capitalised before a name at the start of a sentence. */
const OPENERS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'in', 'on', 'at', 'by', 'for', 'of', 'to', 'from', 'with', 'under', 'as',
  'if', 'when', 'while', 'after', 'before', 'since', 'both', 'each', 'this', 'that', 'its', 'their', 'our', 'your',
  'his', 'her', 'see', 'also', 'then', 'meanwhile', 'however', 'although', 'whether', 'where', 'because', 'once', 'until',
]);
/** Words a title-case headline may put right before a name; none of them names a place. */
const HEADLINE_WORDS = new Set([
  'new', 'latest', 'recent', 'draft', 'revised', 'amended', 'final', 'official', 'key', 'major', 'landmark',
  'typical', 'top', 'first', 'second', 'third', 'how', 'why', 'what', 'says', 'issues', 'releases', 'publishes',
]);
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
const AFTER = /^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?([\p{Lu}][\p{L}'’-]*)/u;

function wordBefore(text: string, start: number): string {
  let end = start;
  // Only a space or two on the same line: a line or block break ends the sentence's context.
  while (end > 0 && start - end < 3 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  if (end === start) return '';
  let from = end;
  while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from--;
  return text.slice(from, end);
}

const normalise = (word: string): string => word.replace(/’/g, "'").toLowerCase();

export function isQualifiedElsewhere(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  if (/^\p{Lu}/u.test(before)) {
    const word = normalise(before);
    if (!CHINA.has(word) && !OPENERS.has(word) && !HEADLINE_WORDS.has(word)) return true;
  }
  const after = AFTER.exec(text.slice(end, end + 60))?.[1];
  return after !== undefined && !CHINA.has(normalise(after));
}
