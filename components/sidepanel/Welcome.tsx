/** What the panel shows before an entry is chosen: how to get one, and good places to start. */
import { useMemo } from 'react';
import type { GraphIndex } from '../../lib/graph/graph-index';
import { mostConnected } from '../../lib/graph/neighbourhood';
import { EntryList } from '../entry/EntryList';

export function Welcome({ index }: { index: GraphIndex }) {
  const starts = useMemo(
    () => [
      ...mostConnected(index, 3, 'document'),
      ...mostConnected(index, 2, 'authority'),
      ...mostConnected(index, 2, 'topic'),
    ],
    [index],
  );
  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Look up a regulation, regulator, case or topic</h2>
      <ul className="welcome-ways">
        <li>Type a name, abbreviation or code in the search box above (press <kbd>/</kbd> to jump there).</li>
        <li>On a web page, click a highlighted name or its card’s “Open in side panel”.</li>
        <li>Select text on a page and choose “Look up in TMT Lens” from the right-click menu.</li>
      </ul>
      {starts.length > 0 && (
        <section className="entry-section" aria-labelledby="starts-heading">
          <h3 id="starts-heading">Well-connected places to start</h3>
          <EntryList index={index} items={starts.map((node) => ({ node }))} showType />
        </section>
      )}
    </section>
  );
}
