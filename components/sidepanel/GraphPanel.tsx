/**
 * The "Connections" part of an entry view: depth choice, the canvas, what is under the
 * pointer, the legend, and the same entries as a list for keyboard and screen readers.
 * It stays mounted from entry to entry, so the graph keeps one Cytoscape instance.
 */
import { useMemo, useState } from 'react';
import { GraphView } from '../GraphView';
import { matchesFilters, type EntryFilters } from '../../lib/graph/filters';
import type { GraphIndex } from '../../lib/graph/graph-index';
import { buildNeighbourhood } from '../../lib/graph/neighbourhood';
import type { GraphNode } from '../../lib/graph/schema';
import { DepthToggle } from './DepthToggle';
import { GraphLegend } from './GraphLegend';
import { GraphNodeList } from './GraphNodeList';
import { useT } from '../i18n/i18n-context';
import { relationName, typeLabel } from '../i18n/labels';

interface GraphPanelProps {
  index: GraphIndex;
  centre: GraphNode;
  depth: 1 | 2;
  onDepthChange(depth: 1 | 2): void;
  filters: EntryFilters;
  filtersKey: string;
  onOpen(id: string): void;
}

const NOTHING_EXPANDED: ReadonlyMap<string, number> = new Map();

export function GraphPanel({ index, centre, depth, onDepthChange, filters, filtersKey, onOpen }: GraphPanelProps) {
  const t = useT();
  // Expansions belong to the entry they were made on; moving to another entry starts afresh.
  const [expansions, setExpansions] = useState<{ centreId: string; expanded: ReadonlyMap<string, number> }>({
    centreId: centre.id,
    expanded: new Map(),
  });
  const expanded = expansions.centreId === centre.id ? expansions.expanded : NOTHING_EXPANDED;
  const [focusedId, setFocusedId] = useState<string>();
  const [hover, setHover] = useState<{ centreId: string; name: string; type: string } | null>(null);
  // A node clicked to navigate is removed without a mouse-out: forget it with its entry.
  const hovered = hover?.centreId === centre.id ? hover : null;
  const neighbourhood = useMemo(() => {
    const built = buildNeighbourhood(index, centre.id, {
      depth,
      expanded,
      include: (node) => matchesFilters(index, node, filters),
    });
    // "+N more" nodes are the UI's words, drawn on the canvas: in the UI's language.
    const owners = new Map(built.nodes.map((node) => [node.id, node.name]));
    return {
      ...built,
      nodes: built.nodes.map((node) =>
        node.type === 'more'
          ? { ...node, label: t('graph.moreNode', [node.hiddenCount]), name: t('graph.moreNodeName', [node.hiddenCount], { name: owners.get(node.ownerId ?? '') ?? '' }) }
          : node,
      ),
      edges: built.edges.map((edge) => (edge.type === 'more' ? edge : { ...edge, label: relationName(t, edge.type) })),
    };
  }, [index, centre.id, depth, expanded, filters, t]);
  const expand = (id: string) =>
    setExpansions({ centreId: centre.id, expanded: new Map(expanded).set(id, (expanded.get(id) ?? 0) + 1) });
  const drawn = neighbourhood.nodes.filter((node) => node.type !== 'more').length - 1;
  const notShown = neighbourhood.nodes.reduce((sum, node) => sum + (node.type === 'more' ? node.hiddenCount : 0), 0);

  return (
    <section className="entry-section graph-panel" aria-labelledby="graph-heading">
      <div className="graph-panel-head">
        <h3 id="graph-heading">
          {t('graph.heading')} <span className="count">{drawn}</span>
        </h3>
        <DepthToggle depth={depth} onChange={onDepthChange} />
      </div>
      {drawn === 0 ? (
        <p className="muted graph-empty">
          {filtersKey ? t('graph.emptyFiltered') : t('graph.empty')}
        </p>
      ) : (
        <>
          <GraphView
            neighbourhood={neighbourhood}
            layoutKey={`${centre.id}|${depth}|${filtersKey}`}
            label={t('graph.label', drawn, { name: centre.name })}
            onOpen={onOpen}
            onExpand={expand}
            onHover={(node) => setHover(node && { centreId: centre.id, name: node.name, type: node.type })}
            focusedId={focusedId}
          />
          <p className="graph-caption" aria-hidden="true">
            {hovered ? (
              <>
                <strong>{hovered.type === 'more' ? t('graph.more') : typeLabel(t, hovered.type as GraphNode['type'])}:</strong>{' '}
                {hovered.name}
              </>
            ) : (
              t('graph.hint')
            )}
          </p>
          {(notShown > 0 || filtersKey) && (
            <p className="graph-note muted">
              {notShown > 0 && t('graph.notDrawn', notShown)}
              {filtersKey && t('graph.filtersHiding')}
            </p>
          )}
          <GraphNodeList neighbourhood={neighbourhood} onOpen={onOpen} onExpand={expand} onFocusEntry={setFocusedId} />
          <GraphLegend />
        </>
      )}
    </section>
  );
}
