/**
 * Runs the matchers over a stretch of the page's text and turns the hits into StaticRanges.
 * The stretch is one string (blocks separated by BLOCK_BREAK, so no name spans two blocks):
 * one long scan is several times faster than thousands of short ones in a fresh content script.
 */
// Modules, not the lib/match barrel: the barrel's generic-name list would ride along into every page.
import { findMentions } from '../../lib/match/find-mentions';
import type { Matcher } from '../../lib/match/matcher';
import { chinaRelationOf } from '../../lib/page/china-context';
import type { PageRecogniser, RecognisedMention } from '../../lib/recognise/page-recogniser';
import { joinSegments, SegmentCursor } from '../../lib/page/text-segments';
import type { TextSlice } from './collect-blocks';
import { HIGHLIGHT_TYPES, type HighlightType, type PaintedMention } from './highlight-index';

function typeOf(id: string): HighlightType | undefined {
  const type = id.slice(0, id.indexOf(':'));
  return (HIGHLIGHT_TYPES as readonly string[]).includes(type) ? (type as HighlightType) : undefined;
}

export interface MatchedText {
  /** The slice's text as one string, as it was scanned. */
  text: string;
  painted: PaintedMention[];
}

/** Runs the name automaton, then the page's recognisers (variant titles, case numbers, defined short names). */
export function matchText(slice: TextSlice, matchers: readonly Matcher[], recogniser?: PageRecogniser): MatchedText {
  const { text, starts } = joinSegments(slice.texts, slice.separators);
  const cursor = new SegmentCursor(starts, slice.texts.map((segment) => segment.length));
  const painted: PaintedMention[] = [];
  const found = findMentions(matchers, text);
  for (const mention of recogniser ? recogniser.recognise(text, found) : found) {
    const type = typeOf(mention.id);
    if (!type) continue;
    const startSegment = cursor.seek(mention.start, false);
    const endSegment = cursor.seek(mention.end, true);
    const range = new StaticRange({
      startContainer: slice.nodes[startSegment]!,
      startOffset: cursor.offsetIn(startSegment, mention.start),
      endContainer: slice.nodes[endSegment]!,
      endOffset: cursor.offsetIn(endSegment, mention.end),
    });
    const via = (mention as RecognisedMention).via;
    painted.push({ id: mention.id, type, range, block: slice.blocks[startSegment]!, china: chinaRelationOf(mention), ...(via ? { via, written: mention.matched } : {}) });
  }
  return { text, painted };
}
