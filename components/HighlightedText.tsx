/**
 * Text with the search's words emphasised. Built from text nodes and <mark> elements only:
 * entry names come from newsletters and are never parsed as HTML.
 */
import { highlightSegments } from '../lib/search/highlight';

export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightSegments(text, terms).map((segment, position) =>
        segment.marked ? <mark key={position}>{segment.text}</mark> : <span key={position}>{segment.text}</span>,
      )}
    </>
  );
}
