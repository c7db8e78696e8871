/**
 * "the 2025 Amendment of the Cybersecurity Law", "Amendments to China Cybersecurity Law": a law
 * named after "Amendment … to" is the amendment, where the graph holds the decision that made it
 * (an `amends` relation). A year before the word says which decision; without one, the law's only
 * amending decision in the graph. The page may go on with "the 2025 Amendment" alone: that names
 * the decision too.
 */
import type { Span } from './taken-spans';

/** Law id → the decisions amending it the graph holds, with their years. */
export type Amendments = Record<string, Array<[id: string, year: number]>>;

/** What the decision was found as: the span from "Amendment" (or its year) to the end of the law's name. */
export interface CitedAmendment extends Span {
  id: string;
  matched: string;
  /** "2025 Amendment", where the page gave the year: the short name it may use later. */
  shortName?: string;
}

/** Build time: the decisions amending each law, from the graph's `amends` relations and the decisions' dates. */
export function buildAmendments(edges: ReadonlyArray<{ type: string; source: string; target: string }>, yearOf: (id: string) => number | undefined): Amendments {
  const amendments: Amendments = {};
  for (const edge of edges) {
    if (edge.type !== 'amends') continue;
    const year = yearOf(edge.source);
    if (year !== undefined) (amendments[edge.target] ??= []).push([edge.source, year]);
  }
  return amendments;
}

/** "2025 Amendment of the", "Amendments to China", "Revision of the PRC": the words before a law's name. */
const AMENDMENT_BEFORE = /(?:\b((?:19|20)\d\d)\s+)?\b([Aa]mendments?|[Rr]evisions?)\s+(?:of|to)\s+(?:the\s+)?(?:(?:China|PRC)(?:['’]s)?\s+)?$/;

/** The amending decision a mention of a law names, where words of amendment come before it. */
export function citedAmendment(mention: { start: number; end: number; id: string }, text: string, amendments: Amendments): CitedAmendment | undefined {
  const decisions = amendments[mention.id];
  if (!decisions) return undefined;
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  const words = AMENDMENT_BEFORE.exec(before);
  if (!words) return undefined;
  const year = words[1] === undefined ? undefined : Number(words[1]);
  // Without a year, "amendments to the Criminal Law" may mean any of them: only a capitalised word, and one decision, will do.
  const decision = year === undefined ? (decisions.length === 1 && /^[AR]/.test(words[2]!) ? decisions[0] : undefined) : decisions.find(([, made]) => made === year);
  if (!decision) return undefined;
  const start = mention.start - before.length + words.index;
  return { start, end: mention.end, id: decision[0], matched: text.slice(start, mention.end), ...(year === undefined ? {} : { shortName: `${year} ${words[2]}` }) };
}
