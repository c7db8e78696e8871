/**
 * Scoring entries against a query's terms, in arrays indexed by short document id (far
 * cheaper per posting than Maps when a term matches thousands), and picking the best k.
 * A score of 0 means "not a match". scoreAll/scoreAny leave their scores in
 * workspace.score and return the ids they touched; bestOf reads them and sets every slot
 * back to 0, so nothing per entry is allocated.
 *
 * One term's score for an entry is its best match among the entry's names (see
 * TITLE_FIELDS) plus its matches in the other fields; completions of one typed word count
 * the same way, by the best, so "se" matching both "security" and "services" in a title
 * counts once.
 */
import type { IndexInternals, Workspace } from './index-internals';
import { bm25, type TermSources } from './term-sources';

export interface Scored {
  docId: number;
  score: number;
}

/**
 * Entries that match every required term: start from the rarest, then narrow. Optional
 * terms then add to the score of entries they match.
 */
export function scoreAll(workspace: Workspace, terms: readonly TermSources[]): number[] {
  const { score } = workspace;
  const [rarest, ...others] = terms.filter((term) => !term.optional).sort((a, b) => a.cost - b.cost);
  if (!rarest) return [];
  const touched = walkTerm(workspace, rarest, false);
  for (const docId of touched) score[docId] = takeTermScore(workspace, docId);
  let alive = touched.length;
  for (const term of [...others, ...terms.filter((candidate) => candidate.optional)]) {
    if (alive === 0) break;
    scoreCandidates(workspace, term, touched, alive);
    alive = 0;
    for (const docId of touched) {
      const added = takeTermScore(workspace, docId);
      if (score[docId] === 0) continue;
      if (added !== 0) score[docId] = (score[docId] ?? 0) + added;
      else if (!term.optional) score[docId] = 0;
      if (score[docId] !== 0) alive++;
    }
  }
  // Like MiniSearch: a score is multiplied by the number of query terms.
  for (const docId of touched) score[docId] = (score[docId] ?? 0) * terms.length;
  return touched;
}

/** Entries that match any term; like MiniSearch, a score is multiplied by the number of terms matched. */
export function scoreAny(workspace: Workspace, terms: readonly TermSources[]): number[] {
  const { score, matchedCount } = workspace;
  const touched: number[] = [];
  for (const term of terms) {
    for (const docId of walkTerm(workspace, term, false)) {
      if (score[docId] === 0) touched.push(docId);
      score[docId] = (score[docId] ?? 0) + takeTermScore(workspace, docId);
      matchedCount[docId] = (matchedCount[docId] ?? 0) + 1;
    }
  }
  for (const docId of touched) {
    score[docId] = (score[docId] ?? 0) * (matchedCount[docId] || 1);
    matchedCount[docId] = 0;
  }
  return touched;
}

/** The k best-scored accepted entries, best first, without sorting them all. Clears the scores. */
export function bestOf(
  index: IndexInternals,
  workspace: Workspace,
  touched: readonly number[],
  k: number,
  accepts: (stored: Record<string, unknown>) => boolean,
): Scored[] {
  const kept: Scored[] = [];
  for (const docId of touched) {
    const score = workspace.score[docId] ?? 0;
    workspace.score[docId] = 0;
    if (score === 0 || (kept.length === k && score <= (kept[k - 1]?.score ?? 0))) continue;
    if (!accepts(index._storedFields.get(docId) ?? {})) continue;
    let at = kept.length;
    while (at > 0 && (kept[at - 1]?.score ?? 0) < score) at--;
    kept.splice(at, 0, { docId, score });
    if (kept.length > k) kept.pop();
  }
  return kept;
}

/**
 * Walks a term's postings into termTitle/termScore (only for entries still in the running,
 * if `onlyAlive`), and returns the entries it reached for the first time.
 */
function walkTerm(workspace: Workspace, term: TermSources, onlyAlive: boolean): number[] {
  const { score, termScore, termTitle } = workspace;
  const reached: number[] = [];
  for (const source of term.sources) {
    for (const [docId, frequency] of source.postings) {
      if (onlyAlive && score[docId] === 0) continue;
      if (termScore[docId] === 0 && termTitle[docId] === 0) reached.push(docId);
      const value = bm25(source, docId, frequency);
      if (!source.title) termScore[docId] = (termScore[docId] ?? 0) + value;
      else if (value > (termTitle[docId] ?? 0)) termTitle[docId] = value;
    }
  }
  return reached;
}

/** Fills the term's scores for the entries still in the running, by the cheaper route. */
function scoreCandidates(workspace: Workspace, term: TermSources, touched: readonly number[], alive: number): void {
  if (alive * term.sources.length > term.cost) {
    // Many candidates: walk the term's postings once.
    walkTerm(workspace, term, true);
    return;
  }
  // Few candidates: look each one up in the term's postings.
  for (const docId of touched) {
    if (workspace.score[docId] === 0) continue;
    let title = 0;
    let rest = 0;
    for (const source of term.sources) {
      const frequency = source.postings.get(docId);
      if (frequency === undefined) continue;
      const value = bm25(source, docId, frequency);
      if (!source.title) rest += value;
      else if (value > title) title = value;
    }
    workspace.termTitle[docId] = title;
    workspace.termScore[docId] = rest;
  }
}

/** One term's score for an entry, clearing the slots it was gathered in. */
function takeTermScore(workspace: Workspace, docId: number): number {
  const value = (workspace.termTitle[docId] ?? 0) + (workspace.termScore[docId] ?? 0);
  workspace.termTitle[docId] = 0;
  workspace.termScore[docId] = 0;
  return value;
}
