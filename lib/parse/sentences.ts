/** Splits item text into sentences, keeping each one's offset so quotes can be traced back. */

export interface Sentence {
  text: string;
  start: number;
}

// A sentence ends at . ! ? followed by space and a capital/quote/digit — except after
// abbreviations and initials that newsletters use mid-sentence ("No. 1", "e.g. FCVs", "i.e.").
const NOT_AN_END = /(?:\b(?:No|Nos|Art|Arts|e\.g|i\.e|etc|vs|Co|Ltd|Inc|Mr|Ms|Dr|St|para|paras|Vol|cf)|\b[A-Z])\.$/;

export function splitSentences(text: string, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])|\n+/g;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const candidate = text.slice(start, end);
    if (match[0] !== '\n' && !match[0].startsWith('\n') && NOT_AN_END.test(candidate.trimEnd())) continue;
    pushTrimmed(sentences, text, start, end, offset);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length, offset);
  return sentences;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, offset: number): void {
  const raw = text.slice(start, end);
  const trimmed = raw.trim();
  if (!trimmed) return;
  out.push({ text: trimmed, start: offset + start + raw.indexOf(trimmed) });
}
