/**
 * The graph canvas: the only component that imports Cytoscape, and it owns exactly one
 * instance for its lifetime. New props are applied as a diff by element id inside
 * cy.batch() (react-cytoscapejs's pattern), so an update never rebuilds the canvas. The
 * full layout runs only when `layoutKey` changes (new entry, depth or filters); nodes
 * added by expanding in place are put around the node they hang from, so nothing the
 * user has already looked at moves.
 */
import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type NodeSingular,
  type StylesheetJson,
} from 'cytoscape';
import { useEffect, useEffectEvent, useRef } from 'react';
import { placeAround, type Neighbourhood, type NeighbourhoodNode, type Point } from '../lib/graph/neighbourhood';
import { labelData, MIN_LABEL_PX, placeLabels, sizeLabels } from './graph-labels';
import { NODE_SHAPES } from './sidepanel/graph-shapes';
import { readGraphTheme, watchColorScheme, type GraphTheme } from './sidepanel/graph-theme';
import './graph-view.css';
import { benchMark, benchMeasure } from '../lib/bench-timing';
import { useT } from './i18n/i18n-context';

export interface GraphViewProps {
  neighbourhood: Neighbourhood;
  /** Changes whenever the drawing should be laid out afresh rather than extended. */
  layoutKey: string;
  /** Describes the drawing for assistive technology (the node list is its text alternative). */
  label: string;
  onOpen(id: string): void;
  onExpand(id: string): void;
  /** The node under the pointer, to name it in full outside the canvas; null when none. */
  onHover?(node: { id: string; name: string; type: string } | null): void;
  /** The entry focused in the list of entries: marked on the canvas, its label shown. */
  focusedId?: string;
}

/** Concentric layout values: a ring's span must exceed any order within it (see ringValue). */
const RING_SPAN = 1_000_000;
const MAX_RING = 64;
const FIT_PADDING = 14;
const MAX_FIT_ZOOM = 1.25;
/** Least distance between rings, so a few neighbours do not crowd the entry's own label. */
const MIN_RING_GAP = 110;
/** Extra distance between one ring and the next, for the inner ring's outward labels. */
const LABEL_ROOM = 90;

/** User Timing names, visible in DevTools and read by the benchmark. */
export const GRAPH_READY_MARK = 'tmt-lens:graph-ready';
export const GRAPH_LAYOUT_MEASURE = 'tmt-lens:graph-layout';

export function GraphView({ neighbourhood, layoutKey, label, onOpen, onExpand, onHover, focusedId }: GraphViewProps) {
  const t = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const laidOutKeyRef = useRef<string | null>(null);

  const handleTap = useEffectEvent((event: EventObject) => {
    const node = event.target as NodeSingular;
    const ownerId = node.data('ownerId') as string | undefined;
    const wantsExpand = ownerId !== undefined || (event.originalEvent as MouseEvent | undefined)?.shiftKey === true;
    if (wantsExpand) onExpand(ownerId ?? node.id());
    else onOpen(node.id());
  });
  const handleExpand = useEffectEvent((event: EventObject) => {
    const node = event.target as NodeSingular;
    onExpand((node.data('ownerId') as string | undefined) ?? node.id());
  });
  const handleHover = useEffectEvent((node: NodeSingular | null) => {
    onHover?.(node ? { id: node.id(), name: node.data('name') as string, type: node.data('type') as string } : null);
  });

  // One Cytoscape instance per mounted component.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: buildStylesheet(readGraphTheme()),
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    cyRef.current = cy;
    cy.on('tap', 'node', handleTap);
    cy.on('cxttap', 'node', handleExpand);
    // Hovering a node lights up its links, so "what connects to this" reads at a glance.
    cy.on('mouseover', 'node', (event) => {
      const node = event.target as NodeSingular;
      container.style.cursor = 'pointer';
      node.addClass('hovered');
      node.connectedEdges().addClass('hovered');
      handleHover(node);
    });
    cy.on('mouseout', 'node', (event) => {
      const node = event.target as NodeSingular;
      container.style.cursor = '';
      node.removeClass('hovered');
      node.connectedEdges().removeClass('hovered');
      handleHover(null);
    });
    const stopWatching = watchColorScheme(() => cy.style(buildStylesheet(readGraphTheme())));
    // The panel is resized by dragging its edge: keep the drawing filling the new size.
    let lastSize = { width: container.clientWidth, height: container.clientHeight };
    const resizeObserver = new ResizeObserver(() => {
      const size = { width: container.clientWidth, height: container.clientHeight };
      if (size.width === lastSize.width && size.height === lastSize.height) return;
      lastSize = size;
      cy.resize();
      fitInView(cy);
    });
    resizeObserver.observe(container);
    return () => {
      resizeObserver.disconnect();
      stopWatching();
      cy.destroy();
      cyRef.current = null;
      laidOutKeyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    // A node clicked to navigate is gone without a mouse-out: drop its pointer cursor.
    container.style.cursor = '';
    const added = syncElements(cy, neighbourhood);
    const isNewDrawing = laidOutKeyRef.current !== layoutKey;
    if (isNewDrawing) {
      container.removeAttribute('data-graph-ready');
      runLayout(cy);
      laidOutKeyRef.current = layoutKey;
    } else if (added.length > 0) {
      placeAddedNodes(cy, added, neighbourhood.centreId);
      fitInView(cy);
    }
    // Readiness (for the benchmark and tests) once the frame with the new drawing is painted.
    cy.one('render', () => {
      container.setAttribute('data-graph-ready', layoutKey);
      benchMark(GRAPH_READY_MARK, { detail: { layoutKey, elements: cy.elements().length } });
    });
  }, [neighbourhood, layoutKey]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes('.focused').removeClass('focused');
      if (focusedId) cy.getElementById(focusedId).addClass('focused');
    });
  }, [focusedId, neighbourhood]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="graph-view">
      {/* The canvas is pointer-only; the node list next to it is the keyboard and screen-reader route. */}
      <div ref={containerRef} className="graph-view-canvas" role="img" aria-label={label} />
      <div className="graph-view-controls" role="toolbar" aria-label={t('graph.toolbar')}>
        <button type="button" onClick={() => cyRef.current && fitInView(cyRef.current)} title={t('graph.fitTitle')}>
          {t('graph.fit')}
        </button>
        <button type="button" onClick={() => zoomBy(1.25)} aria-label={t('graph.zoomIn')} title={t('graph.zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(0.8)} aria-label={t('graph.zoomOut')} title={t('graph.zoomOut')}>
          −
        </button>
        <button
          type="button"
          onClick={() => cyRef.current && runLayout(cyRef.current)}
          title={t('graph.rearrangeTitle')}
        >
          {t('graph.rearrange')}
        </button>
      </div>
    </div>
  );
}

/** Applies the neighbourhood to the canvas as a diff by id; returns the nodes it added. */
function syncElements(cy: Core, neighbourhood: Neighbourhood): NodeSingular[] {
  const wanted = new Map<string, ElementDefinition>();
  for (const node of neighbourhood.nodes) wanted.set(node.id, nodeDefinition(node, neighbourhood.centreId));
  for (const edge of neighbourhood.edges) {
    wanted.set(edge.id, {
      group: 'edges',
      data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label, relation: edge.type },
      classes: `rel-${edge.type}`,
    });
  }
  const addedIds: string[] = [];
  cy.batch(() => {
    cy.elements().forEach((element) => {
      if (!wanted.has(element.id())) element.remove();
    });
    const toAdd: ElementDefinition[] = [];
    for (const [id, definition] of wanted) {
      const existing = cy.getElementById(id);
      if (existing.empty()) {
        toAdd.push(definition);
        if (definition.group === 'nodes') addedIds.push(id);
        continue;
      }
      existing.data(definition.data);
      existing.classes(definition.classes ?? '');
    }
    // Nodes before edges, so every edge finds both ends.
    cy.add(toAdd.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1)));
  });
  return addedIds.map((id) => cy.getElementById(id) as NodeSingular);
}

function nodeDefinition(node: NeighbourhoodNode, centreId: string): ElementDefinition {
  const classes = [`type-${node.type}`];
  if (node.id === centreId) classes.push('centre');
  if (node.isDraft) classes.push('draft');
  if (node.hiddenCount > 0 && node.type !== 'more') classes.push('expandable');
  return {
    group: 'nodes',
    data: {
      id: node.id,
      label: node.label,
      name: node.name,
      type: node.type,
      ring: node.ring,
      order: node.order,
      ownerId: node.ownerId,
      // Label sizes at zoom 1; enlarged after each fit (see graph-labels.ts).
      ...labelData(node.type, node.id === centreId, node.label, 1),
    },
    classes: classes.join(' '),
  };
}

/**
 * Concentric rings by distance from the entry, each ring in the neighbourhood's reading
 * order (children next to their parent). Built in, synchronous and linear-ish: ~50 ms at
 * 1,000 elements on a slow machine, where force-directed `cose` takes seconds.
 */
function runLayout(cy: Core): void {
  const start = performance.now();
  const rings = new Set(cy.nodes().map((node) => Number(node.data('ring')) || 0)).size - 1;
  const squash = ellipseScale(cy.width(), cy.height(), rings);
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  cy.layout({
    name: 'concentric',
    concentric: (node: NodeSingular) => ringValue(node),
    levelWidth: () => RING_SPAN / 2,
    minNodeSpacing: 10,
    avoidOverlap: true,
    startAngle: -Math.PI / 2,
    clockwise: true,
    transform: (node: NodeSingular, position: Point) => {
      const dx = position.x - centre.x;
      const dy = position.y - centre.y;
      const distance = Math.hypot(dx, dy);
      const ring = Number(node.data('ring')) || 0;
      const least = MIN_RING_GAP * ring;
      // Each ring beyond the first also moves out by a label's room: the labels of the ring
      // inside it point outwards, into the gap the layout leaves between rings.
      const reach = Math.max(distance, least) + LABEL_ROOM * Math.max(0, ring - 1);
      const grow = distance > 0 ? reach / distance : 1;
      return { x: centre.x + dx * grow * squash.x, y: centre.y + dy * grow * squash.y };
    },
    animate: false,
    fit: false,
  }).run();
  orientLabels(cy, cy.nodes('.centre').first());
  fitInView(cy);
  benchMeasure(GRAPH_LAYOUT_MEASURE, { start, detail: { elements: cy.elements().length } });
}

/**
 * How to squash the rings into ellipses for the canvas's shape. In a tall, narrow panel the
 * rings become tall ellipses: most nodes then sit on the left and right arcs with their
 * labels pointing outwards, which leaves room to draw the labels at a readable size.
 */
function ellipseScale(width: number, height: number, rings: number): Point {
  // With several rings the outer ones need the width too, so they are squashed less.
  const squeeze = rings > 1 ? 1.2 : 2.3;
  const ratio = Math.min(Math.max((height / Math.max(width, 1)) * squeeze, 1), 3);
  return { x: 1 / Math.sqrt(ratio), y: Math.sqrt(ratio) };
}

/** Higher value = inner ring; within a ring, a lower order comes first (clockwise from the top). */
function ringValue(node: NodeSingular): number {
  const ring = Math.min(Number(node.data('ring')) || 0, MAX_RING);
  const order = Math.min(Number(node.data('order')) || 0, RING_SPAN / 2 - 1);
  return (MAX_RING - ring) * RING_SPAN - order;
}

/**
 * Puts each label on the side of its node facing away from the centre, so labels on a ring
 * spread outwards instead of piling into their neighbours' labels.
 */
function orientLabels(cy: Core, centre: NodeSingular): void {
  const origin = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      if (node.same(centre) || node.hasClass('type-more')) return;
      const dx = node.position('x') - origin.x;
      const dy = node.position('y') - origin.y;
      const side = Math.abs(dx) > 8 ? (dx < 0 ? 'left' : 'right') : dy < 0 ? 'top' : 'bottom';
      if (node.data('labelSide') !== side) node.data('labelSide', side);
    });
  });
}

/** Puts nodes added in place on an arc around the drawn node they hang from. */
function placeAddedNodes(cy: Core, added: NodeSingular[], centreId: string): void {
  const addedIds = new Set(added.map((node) => node.id()));
  const centre = cy.getElementById(centreId);
  const centrePosition: Point | undefined = centre.nonempty() ? { ...centre.position() } : undefined;
  const byAnchor = new Map<string, NodeSingular[]>();
  const orphans: NodeSingular[] = [];
  for (const node of added) {
    const anchor = node
      .neighborhood('node')
      .filter((other) => !addedIds.has(other.id()))
      .sort((a, b) => Number(a.data('ring')) - Number(b.data('ring')))[0];
    if (!anchor) {
      orphans.push(node);
      continue;
    }
    const group = byAnchor.get(anchor.id());
    if (group) group.push(node);
    else byAnchor.set(anchor.id(), [node]);
  }
  cy.batch(() => {
    for (const [anchorId, nodes] of byAnchor) {
      const anchorPosition = { ...cy.getElementById(anchorId).position() };
      const awayFrom = anchorId === centreId ? undefined : centrePosition;
      // Around the entry itself the new nodes go on a ring outside everything drawn: inside
      // it, their labels would land on those of the first ring.
      const radius = anchorId === centreId ? outermostDistance(cy, anchorPosition, addedIds) + ADDED_RING_GAP : 110;
      nodes.sort((a, b) => Number(a.data('order')) - Number(b.data('order')));
      placeAround(anchorPosition, awayFrom, nodes.length, radius, 56).forEach((point, i) => nodes[i]!.position(point));
    }
    // Not linked to anything already drawn (rare: filters changed underneath): beside the centre.
    placeAround(centrePosition ?? { x: 0, y: 0 }, undefined, orphans.length, 160, 56).forEach((point, i) =>
      orphans[i]!.position(point),
    );
  });
  orientLabels(cy, centre as NodeSingular);
}

/** Between the outermost drawn node and nodes added around the entry. */
const ADDED_RING_GAP = 90;

/** How far the farthest node already drawn (not one of `skip`) lies from `point`. */
function outermostDistance(cy: Core, point: Point, skip: ReadonlySet<string>): number {
  let farthest = 0;
  cy.nodes().forEach((node) => {
    if (skip.has(node.id())) return;
    farthest = Math.max(farthest, Math.hypot(node.position('x') - point.x, node.position('y') - point.y));
  });
  return farthest;
}

/**
 * Fits the drawing in view, but never enlarges it past MAX_FIT_ZOOM: a two-node graph
 * blown up to fill the canvas reads as a mistake.
 */
function fitInView(cy: Core): void {
  fitZoom(cy);
  // Enlarging labels may widen the drawing, and refitting may zoom out: size them again for
  // the final zoom, then drop the labels that no longer fit (see graph-labels.ts).
  sizeLabels(cy);
  placeLabels(cy);
  fitZoom(cy);
  sizeLabels(cy);
  placeLabels(cy);
}

function fitZoom(cy: Core): void {
  cy.fit(undefined, FIT_PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

function buildStylesheet(theme: GraphTheme): StylesheetJson {
  const typeColour = { authority: theme.authority, document: theme.document, case: theme.case, topic: theme.topic };
  return [
    {
      selector: 'node',
      style: {
        width: 22,
        height: 22,
        'border-width': 2,
        'border-color': theme.background,
        label: 'data(label)',
        'font-family': theme.fontFamily,
        'font-size': 'data(fontSize)',
        color: theme.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 'data(textMaxWidth)',
        'text-background-color': theme.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'text-background-shape': 'round-rectangle',
        // Labels too small to read are not drawn (zoomed out by hand); that also keeps panning fast.
        'min-zoomed-font-size': MIN_LABEL_PX,
      },
    },
    ...(['authority', 'document', 'case', 'topic'] as const).map((type) => ({
      selector: `node.type-${type}`,
      style: { 'background-color': typeColour[type], shape: NODE_SHAPES[type] },
    })),
    // Labels sit on the side facing away from the centre (see orientLabels).
    { selector: 'node[labelSide = "top"]', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
    {
      selector: 'node[labelSide = "left"]',
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -5, 'text-margin-y': 0 },
    },
    {
      selector: 'node[labelSide = "right"]',
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 5, 'text-margin-y': 0 },
    },
    { selector: 'node.type-document', style: { width: 26, height: 20 } },
    { selector: 'node.type-case', style: { width: 26, height: 26 } },
    {
      // Drafts are hollow with a dashed outline: "not final" at a glance.
      selector: 'node.draft',
      style: { 'background-opacity': 0.25, 'border-color': theme.document, 'border-style': 'dashed' },
    },
    {
      selector: 'node.centre',
      style: {
        width: 38,
        height: 38,
        'border-width': 3,
        'border-color': theme.text,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    { selector: 'node.centre.type-document', style: { width: 44, height: 34 } },
    {
      selector: 'node.type-more',
      style: {
        shape: NODE_SHAPES.more,
        width: 'data(labelWidth)',
        height: 'data(pillHeight)',
        padding: '4px',
        'background-color': theme.backgroundSoft,
        'border-color': theme.textSoft,
        'border-width': 1,
        'border-style': 'dashed',
        color: theme.textSoft,
        // A button: its text stays drawn when the graph is zoomed out to fit two rings.
        'min-zoomed-font-size': 0,
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-background-opacity': 0,
      },
    },
    { selector: 'node:active', style: { 'overlay-color': theme.focus, 'overlay-opacity': 0.2, 'overlay-padding': 6 } },
    { selector: 'node.hovered, node.focused', style: { 'border-color': theme.focus, 'border-width': 3, 'z-index': 20 } },
    // A label the layout could not fit is drawn only for the node hovered or focused in the list.
    { selector: 'node.label-hidden', style: { label: '' } },
    {
      selector: 'node.label-hidden.hovered, node.label-hidden.focused',
      style: { label: 'data(label)', 'text-background-opacity': 1, 'text-border-opacity': 1, 'text-border-width': 1, 'text-border-color': theme.focus, 'z-index': 30 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'straight',
        'line-color': theme.textSoft,
        'line-opacity': 0.55,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': theme.textSoft,
        'arrow-scale': 0.8,
        // Relation labels show on the edges of the hovered node only: on every edge at once,
        // at the zoom a full ring needs, they were a few pixels high and covered node labels.
        label: '',
        'font-family': theme.fontFamily,
        'font-size': 11,
        color: theme.textSoft,
        'text-rotation': 'autorotate',
        'text-background-color': theme.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': MIN_LABEL_PX,
      },
    },
    // Topic links are dotted and unlabelled: around a topic every edge would say "about".
    { selector: 'edge.rel-about', style: { 'line-style': 'dotted', 'target-arrow-shape': 'none', label: '' } },
    {
      // Co-mentions are the weakest link: dashed, unlabelled (the legend explains them), no direction.
      selector: 'edge.rel-mentioned_with',
      style: { 'line-style': 'dashed', 'line-opacity': 0.35, 'target-arrow-shape': 'none', label: '' },
    },
    { selector: 'edge.rel-more', style: { 'line-style': 'dotted', 'target-arrow-shape': 'none', label: '' } },
    {
      selector: 'edge.hovered',
      style: { width: 2.5, 'line-color': theme.focus, 'target-arrow-color': theme.focus, 'line-opacity': 1, color: theme.text, label: 'data(label)', 'z-index': 10 },
    },
    { selector: 'edge.hovered.rel-about, edge.hovered.rel-mentioned_with, edge.hovered.rel-more', style: { label: '' } },
  ] as StylesheetJson;
}
