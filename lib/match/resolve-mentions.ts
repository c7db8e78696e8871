/**
 * Picks the mentions from the verified hits: drops zh hits that lie inside a longer exclusion
 * occurrence, then takes hits leftmost-longest without overlap. Hits with exactly the same span
 * (one name in several entries or several matchers) merge into one ambiguous mention, except that
 * an entry's own spelling outranks generated variants.
 */
import { FLAG_GENERATED, FLAG_ZH, HIT_ABBREVIATION, HIT_PHRASE, SPELLING_CHECKS } from './automaton';
import type { Candidates } from './candidates';
import { orderCandidates, orderExclusions } from './order-candidates';
import type { Mention } from './types';

interface Pick {
  start: number;
  end: number;
  ids: readonly string[];
  /** Every hit merged into the pick is a phrase name's. */
  phrase: boolean;
  /** Every hit merged into the pick is an abbreviation's. */
  abbreviation: boolean;
}

function mergeIds(pick: Pick, ids: readonly string[]): void {
  let merged: string[] | null = null;
  for (const id of ids) {
    if (pick.ids.includes(id) || merged?.includes(id)) continue;
    merged ??= [...pick.ids];
    merged.push(id);
  }
  if (merged) pick.ids = merged;
}

/**
 * Object literals, one per kind, with the fields in the order spreading a base mention gave
 * them: a spread ({ ...base, phrase: true }) took V8's generic copy path, a quarter of the
 * resolution's time on a long page.
 */
function toMention(pick: Pick, text: string): Mention {
  const { start, end, ids } = pick;
  const id = ids[0]!;
  const matched = text.slice(start, end);
  if (ids.length > 1) {
    if (pick.phrase) return { start, end, id, matched, phrase: true, ambiguous: true, ids };
    if (pick.abbreviation) return { start, end, id, matched, abbreviation: true, ambiguous: true, ids };
    return { start, end, id, matched, ambiguous: true, ids };
  }
  if (pick.phrase) return { start, end, id, matched, phrase: true };
  if (pick.abbreviation) return { start, end, id, matched, abbreviation: true };
  return { start, end, id, matched };
}

/**
 * Spans where one matcher's own spelling was read but not as written, keyed with its checks: with
 * several matchers, another's generated variant there gives way, as it would in one dictionary.
 */
function blockedSpans(c: Candidates): Set<string> | undefined {
  if (c.matchers.length < 2 || c.blockers.length === 0) return undefined;
  const spans = new Set<string>();
  for (let i = 0; i < c.blockers.length; i += 3) spans.add(`${c.blockers[i]}:${c.blockers[i + 1]}:${c.blockers[i + 2]}`);
  return spans;
}

export function resolveMentions(c: Candidates, text: string): Mention[] {
  const order = orderCandidates(c);
  const blocked = blockedSpans(c);
  const exclusions = orderExclusions(c);
  const picks: Pick[] = [];
  let current: Pick | null = null;
  let currentGenerated = 0;
  // Furthest end of the exclusions that start before the hit, and at or before it. A hit is
  // excluded when a strictly longer exclusion covers it: one starting before it and reaching its
  // end, or one starting with it and reaching past its end.
  let nextBefore = 0;
  let nextAtOrBefore = 0;
  let reachBefore = -1;
  let reachAtOrBefore = -1;
  for (const k of order) {
    const start = c.starts[k]!;
    const end = c.ends[k]!;
    const flags = c.flags[k]!;
    if (blocked && (flags & FLAG_GENERATED) !== 0 && blocked.has(`${start}:${end}:${flags & SPELLING_CHECKS}`)) continue;
    if ((flags & FLAG_ZH) !== 0) {
      const count = exclusions.starts.length;
      while (nextBefore < count && exclusions.starts[nextBefore]! < start) {
        reachBefore = Math.max(reachBefore, exclusions.ends[nextBefore++]!);
      }
      while (nextAtOrBefore < count && exclusions.starts[nextAtOrBefore]! <= start) {
        reachAtOrBefore = Math.max(reachAtOrBefore, exclusions.ends[nextAtOrBefore++]!);
      }
      if (reachBefore >= end || reachAtOrBefore > end) continue;
    }
    if (current && start < current.end) {
      // Same span and same rank: the name is shared by several ids.
      if (start === current.start && end === current.end && (flags & FLAG_GENERATED) === currentGenerated) {
        mergeIds(current, c.idsOf(k));
        current.phrase &&= (flags & HIT_PHRASE) !== 0;
        current.abbreviation &&= (flags & HIT_ABBREVIATION) !== 0;
      }
      continue;
    }
    current = { start, end, ids: c.idsOf(k), phrase: (flags & HIT_PHRASE) !== 0, abbreviation: (flags & HIT_ABBREVIATION) !== 0 };
    currentGenerated = flags & FLAG_GENERATED;
    picks.push(current);
  }
  return picks.map((pick) => toMention(pick, text));
}
