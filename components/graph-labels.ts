/**
 * Labels the reader can read at the zoom the drawing is fitted to. A fitted two-step graph
 * is zoomed out to about half size, where 13 px labels came out 6 px high. So after each fit:
 * - every label's font is enlarged (in the drawing's units) until it is drawn at least
 *   MIN_LABEL_PX high on screen, its wrapping width with it;
 * - labels are then placed in order of importance (the entry, "+N more" buttons, the first
 *   ring, then the next, each in reading order); a label that would cover a node, a label
 *   already placed or a button, or run off the canvas, is not drawn (class `label-hidden`). It appears when its node is
 *   hovered or its entry focused in the list below the graph, which lists every entry.
 * Overlaps do not change with the user's zoom (labels scale with the drawing), so this runs
 * only when the drawing is fitted.
 */
import type { BoundingBox12, Core, NodeSingular } from 'cytoscape';

/** The smallest label drawn, in screen pixels (with half a pixel to spare for rounding). */
export const MIN_LABEL_PX = 10;
const TARGET_PX = MIN_LABEL_PX + 0.5;

/** Sizes at zoom 1, by kind of node: font size, wrapping width, and the "+N more" pill's height. */
export const LABEL_BASE = { fontSize: 13, textMaxWidth: 110, centreTextMaxWidth: 180, moreFontSize: 10, moreHeight: 18 } as const;

/** The data a node's label style reads (see GraphView's stylesheet), at a given scale. */
export function labelData(type: string, isCentre: boolean, label: string, scale: number): Record<string, number> {
  if (type === 'more') {
    return {
      fontSize: LABEL_BASE.moreFontSize * scale,
      // Room for the "+N more" text inside its pill (Cytoscape's width: 'label' is deprecated).
      labelWidth: (10 + textWidthUnits(label) * 5.6) * scale,
      pillHeight: LABEL_BASE.moreHeight * scale,
    };
  }
  return {
    fontSize: LABEL_BASE.fontSize * scale,
    textMaxWidth: (isCentre ? LABEL_BASE.centreTextMaxWidth : LABEL_BASE.textMaxWidth) * scale,
  };
}

/** A text's width in Latin characters: a Chinese character takes about two (the "+N 更多" pill). */
function textWidthUnits(text: string): number {
  let units = 0;
  for (const char of text) units += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(char) ? 2 : 1;
  return units;
}

/** Enlarges labels to be readable at the current zoom. Returns the scale applied. */
export function sizeLabels(cy: Core): number {
  const zoom = cy.zoom();
  const smallest = Math.min(LABEL_BASE.fontSize, LABEL_BASE.moreFontSize);
  const scale = Math.max(1, TARGET_PX / (smallest * zoom));
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const data = labelData(String(node.data('type')), node.hasClass('centre'), String(node.data('label') ?? ''), scale);
      for (const [key, value] of Object.entries(data)) if (node.data(key) !== value) node.data(key, value);
    });
  });
  return scale;
}

/**
 * Hides the labels that would cover a node, a more important label or a "+N more" button, or
 * run off the canvas.
 */
export function placeLabels(cy: Core): void {
  const nodes = cy.nodes().toArray().sort((a, b) => importance(a) - importance(b));
  cy.batch(() => nodes.forEach((node) => node.removeClass('label-hidden')));
  const extent = cy.extent();
  const shapes = nodes.map((node) => ({ node, box: node.boundingBox({ includeLabels: false, includeOverlays: false }) }));
  const placed: BoundingBox12[] = [];
  const hide: NodeSingular[] = [];
  for (const node of nodes) {
    if (node.data('type') === 'more') {
      // A button: always drawn, so labels must keep off it.
      placed.push(node.boundingBox({ includeLabels: true, includeOverlays: false }));
      continue;
    }
    const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    if (!(box.x2 > box.x1)) continue;
    const fits = box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2;
    const coversNode = shapes.some((shape) => shape.node !== node && overlaps(box, shape.box));
    if (!fits || coversNode || placed.some((other) => overlaps(box, other))) hide.push(node);
    else placed.push(box);
  }
  cy.batch(() => hide.forEach((node) => node.addClass('label-hidden')));
}

/** The entry first, then "+N more" buttons, then ring by ring in reading order. */
function importance(node: NodeSingular): number {
  if (node.hasClass('centre')) return -2;
  if (node.data('type') === 'more') return -1;
  return (Number(node.data('ring')) || 0) * 10_000 + (Number(node.data('order')) || 0);
}

function overlaps(a: BoundingBox12, b: BoundingBox12): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}
