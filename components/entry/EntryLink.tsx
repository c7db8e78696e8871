import type { GraphNode } from '../../lib/graph/schema';
import { useEntryNavigation } from './entry-navigation';

/** A link to another entry in the panel: a real link, so it can be focused, read and followed like one. */
export function EntryLink({ node, children }: { node: Pick<GraphNode, 'id' | 'name'>; children?: React.ReactNode }) {
  const { openEntry } = useEntryNavigation();
  return (
    <a
      href={`?id=${encodeURIComponent(node.id)}`}
      className="entry-link"
      data-entry-id={node.id}
      onClick={(event) => {
        // Plain clicks stay in the panel (with history); modified clicks keep the browser's meaning.
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        openEntry(node.id);
      }}
    >
      {children ?? node.name}
    </a>
  );
}
