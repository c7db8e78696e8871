import type { GraphNode } from '../../lib/graph/schema';
import { EntryLink } from './EntryLink';

/** Entries named in a sentence: "CAC, MIIT and SAMR"-style, each a link. */
export function InlineEntryLinks({ nodes, short = false }: { nodes: readonly GraphNode[]; short?: boolean }) {
  if (nodes.length === 0) return null;
  return (
    <span className="inline-links">
      {nodes.map((node, position) => (
        <span key={node.id}>
          {position > 0 && ', '}
          <EntryLink node={node}>{short ? (node.abbreviations[0] ?? node.name) : node.name}</EntryLink>
        </span>
      ))}
    </span>
  );
}
