/**
 * One entry, as a lawyer reads it: what it is, its key facts, how it connects (the graph,
 * passed in as `graph` so this file stays free of Cytoscape), the linked entries as text,
 * and every source it was read from.
 */
import type { Ref } from 'react';
import type { GraphIndex } from '../../lib/graph/graph-index';
import type { GraphNode } from '../../lib/graph/schema';
import { AuthorityFacts, AuthorityLinks } from './AuthorityEntry';
import { CaseFacts, CaseLinks } from './CaseEntry';
import { DocumentFacts, DocumentLinks } from './DocumentEntry';
import { EntryHeader } from './EntryHeader';
import { MentionedWith } from './MentionedWith';
import { SourcesList } from './SourcesList';
import { TopicLinks } from './TopicEntry';
import { EntryNotes } from '../notes/EntryNotes';
import './entry.css';

interface EntryViewProps {
  index: GraphIndex;
  node: GraphNode;
  graph: React.ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
}

export function EntryView({ index, node, graph, headingRef }: EntryViewProps) {
  return (
    <article className="entry" aria-labelledby="entry-title" data-entry-id={node.id}>
      <EntryHeader node={node} headingRef={headingRef} />
      <EntryFacts index={index} node={node} />
      {/* Not keyed by entry: the graph keeps its one Cytoscape instance from entry to entry. */}
      {graph}
      <EntryNotes key={`notes-${node.id}`} entry={{ id: node.id, name: node.name, type: node.type }} />
      {/* Keyed by entry: "show all" and similar choices belong to the entry they were made on. */}
      <EntryLinks key={`links-${node.id}`} index={index} node={node} />
      <MentionedWith key={`mentioned-${node.id}`} index={index} id={node.id} />
      <SourcesList key={`sources-${node.id}`} sources={node.sources} />
    </article>
  );
}

function EntryFacts({ index, node }: { index: GraphIndex; node: GraphNode }) {
  switch (node.type) {
    case 'document':
      return <DocumentFacts index={index} node={node} />;
    case 'authority':
      return <AuthorityFacts node={node} />;
    case 'case':
      return <CaseFacts index={index} node={node} />;
    case 'topic':
      return null;
  }
}

function EntryLinks({ index, node }: { index: GraphIndex; node: GraphNode }) {
  switch (node.type) {
    case 'document':
      return <DocumentLinks index={index} node={node} />;
    case 'authority':
      return <AuthorityLinks index={index} node={node} />;
    case 'case':
      return <CaseLinks index={index} node={node} />;
    case 'topic':
      return <TopicLinks index={index} node={node} />;
  }
}
