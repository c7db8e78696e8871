/**
 * Finds titles that render a graph entry's title in other words ("Security Assessment Measures for
 * Cross-Border Data Transfer") in the stretches the name automaton left alone. Precision first: a
 * span is recognised only when its signature equals one entry's signature exactly, or differs by
 * one typo in one long word ("Anti-Epionage Law"); never in a stretch where the automaton already
 * found a name.
 */
import { levenshteinWithin } from '../parse/levenshtein';
import { findTitleRuns, titleEnds, titleStarts, type TitleRun } from './title-runs';
import { signatureOf, type TitleSignature } from './title-signature';
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

interface Span {
  start: number;
  end: number;
}

function overlaps(span: Span, taken: readonly Span[]): boolean {
  return taken.some((other) => other.start < span.end && span.start < other.end);
}

function repairTypo(signature: TitleSignature, table: TitleTable): TitleSignature | undefined {
  if (!isDistinctive(signature)) return undefined;
  const unknown = signature.words.filter((word) => !table.vocabulary.has(word));
  if (unknown.length !== 1 || unknown[0]!.length < TYPO_MIN_LENGTH) return undefined;
  const wrong = unknown[0]!;
  const fixes = [...table.vocabulary].filter((word) => word.length >= TYPO_MIN_LENGTH && levenshteinWithin(word, wrong, 1));
  if (fixes.length !== 1) return undefined;
  const words = signature.words.map((word) => (word === wrong ? fixes[0]! : word)).sort();
  return { ...signature, words };
}

const TITLE_MARKERS = new Set(['interim', 'provisional', 'tentative', 'trial', 'draft', 'revised', 'amended']);

/** Words that open a sentence or clause before a title ("Under the …", "In …") and are not part of it. */
const OPENERS = new Set(['under', 'in', 'on', 'for', 'the', 'and', 'of', 'by', 'with', 'to', 'as', 'from', 'about', 'a', 'an', 'at', 'regarding', 'concerning']);

/** The first token of the title: past the openers a match may have started with. */
function trimOpeners(tokens: readonly { text: string; capital: boolean }[], start: number, end: number): number {
  let first = start;
  while (first < end - 1 && (OPENERS.has(tokens[first]!.text.toLowerCase()) || !tokens[first]!.capital)) first++;
  return first;
}

function recogniseInRun(run: TitleRun, text: string, table: TitleTable, taken: Span[], found: VariantMention[]): void {
  const tokens = run.tokens;
  const starts = titleStarts(run, text);
  const ends = titleEnds(run, text);
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    // "Interim Administrative Measures …" is not "Administrative Measures …": a title's own marker is never dropped.
    if (start > 0 && TITLE_MARKERS.has(tokens[start - 1]!.text.toLowerCase())) continue;
    for (const end of ends) {
      if (end <= start + 1) continue;
      const last = end === tokens.length && run.markerEnd !== undefined ? run.markerEnd : tokens[end - 1]!.end;
      const span = { start: tokens[start]!.start, end: last };
      if (overlaps(span, taken)) continue;
      const written = text.slice(span.start, span.end);
      const signature = signatureOf(written);
      if (!signature) continue;
      let id = table.lookup(signature);
      let via: VariantMention['via'] = 'variant';
      if (!id) {
        const repaired = repairTypo(signature, table);
        id = repaired && table.lookup(repaired);
        via = 'typo';
      }
      if (!id) continue;
      span.start = tokens[trimOpeners(tokens, start, end)]!.start;
      found.push({ ...span, id, matched: text.slice(span.start, span.end), via });
      taken.push(span);
      from = end;
      break;
    }
  }
}

/**
 * Variant titles in `text`, given the spans the automaton already took (they are never overlapped
 * and are left as they are). Results are in text order.
 */
export function findVariantTitles(text: string, taken: readonly Span[], table: TitleTable): VariantMention[] {
  const found: VariantMention[] = [];
  const busy = [...taken];
  for (const run of findTitleRuns(text)) recogniseInRun(run, text, table, busy, found);
  return found.sort((a, b) => a.start - b.start);
}
