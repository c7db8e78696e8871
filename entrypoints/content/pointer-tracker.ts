/**
 * Hover and click on highlights. The pointer's caret position is hit-tested against the
 * painted ranges (nothing is wrapped, so there is no element to listen on); a short delay
 * keeps cards from flickering while the pointer crosses text.
 *
 * Only the user's own input counts: events a page script made up (isTrusted false, such as a
 * dispatched pointermove or a click a page handler fires on a name) are ignored, so a page
 * cannot open a card or steer the side panel.
 */
import type { HighlightIndex, PaintedMention } from './highlight-index';

export const HOVER_DELAY_MS = 350;

export interface PointerHandlers {
  /** The pointer has come onto a mention (the card may follow after the delay), or is back on the one whose card is up. */
  onEnter(mention: PaintedMention): void;
  onHover(mention: PaintedMention, rect: DOMRect): void;
  /** The card should go: the pointer left the name (`away`), Escape, a scroll, or the tracker stopped. */
  onLeave(reason: 'away' | 'escape' | 'scroll' | 'stop'): void;
  onActivate(mention: PaintedMention): void;
  isInsideCard(target: EventTarget | null): boolean;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** The caret APIs snap to the nearest text; confirm the pointer is really over the range. */
function rectUnderPointer(mention: PaintedMention, x: number, y: number): DOMRect | undefined {
  const live = document.createRange();
  try {
    live.setStart(mention.range.startContainer, mention.range.startOffset);
    live.setEnd(mention.range.endContainer, mention.range.endOffset);
  } catch {
    return undefined;
  }
  for (const rect of live.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return undefined;
}

export class PointerTracker {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: PaintedMention | undefined;
  /** The mention the pointer is on while the hover delay runs. */
  private pending: PaintedMention | undefined;
  private frame: number | undefined;
  private lastEvent: PointerEvent | undefined;
  private readonly abort = new AbortController();

  constructor(
    private index: HighlightIndex,
    private handlers: PointerHandlers,
  ) {
    const options = { capture: true, passive: true, signal: this.abort.signal };
    document.addEventListener('pointermove', (event) => event.isTrusted && this.queue(event), options);
    document.addEventListener('click', (event) => event.isTrusted && this.click(event), { capture: true, signal: this.abort.signal });
    document.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && this.leave('escape'), { signal: this.abort.signal });
    window.addEventListener('scroll', () => this.leave('scroll'), { passive: true, signal: this.abort.signal });
  }

  dispose(): void {
    this.abort.abort();
    this.leave('stop');
  }

  private hit(x: number, y: number): { mention: PaintedMention; rect: DOMRect } | undefined {
    const caret = caretAt(x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
    const mention = this.index.mentionsAt(caret.node, caret.offset);
    if (!mention) return undefined;
    const rect = rectUnderPointer(mention, x, y);
    return rect ? { mention, rect } : undefined;
  }

  private queue(event: PointerEvent): void {
    this.lastEvent = event;
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      if (this.lastEvent) this.move(this.lastEvent);
    });
  }

  private move(event: PointerEvent): void {
    if (this.handlers.isInsideCard(event.target)) {
      clearTimeout(this.timer);
      return;
    }
    const hit = this.hit(event.clientX, event.clientY);
    if (hit?.mention === this.current) {
      // Back on the name whose card is up (from the card, say): it stays.
      if (hit) this.handlers.onEnter(hit.mention);
      return;
    }
    clearTimeout(this.timer);
    if (hit?.mention !== this.pending) {
      this.pending = hit?.mention;
      if (hit) this.handlers.onEnter(hit.mention);
    }
    if (!hit) {
      // Leave the card up briefly so the pointer can travel onto it.
      this.timer = setTimeout(() => this.leave('away'), HOVER_DELAY_MS);
      return;
    }
    this.timer = setTimeout(() => {
      this.current = hit.mention;
      this.handlers.onHover(hit.mention, hit.rect);
    }, HOVER_DELAY_MS);
  }

  /** Forgets the mention under the pointer (so resting on it again brings the card back) and says why. */
  leave(reason: 'away' | 'escape' | 'scroll' | 'stop'): void {
    clearTimeout(this.timer);
    this.current = undefined;
    this.pending = undefined;
    this.handlers.onLeave(reason);
  }

  private click(event: MouseEvent): void {
    if (event.button !== 0 || event.defaultPrevented || this.handlers.isInsideCard(event.target)) return;
    // Links, buttons and form controls keep their own meaning; a text selection is not a click.
    if (event.target instanceof Element && event.target.closest('a, button, input, select, textarea, label, [role="button"], [contenteditable]')) return;
    if (!document.getSelection()?.isCollapsed) return;
    const hit = this.hit(event.clientX, event.clientY);
    if (hit) this.handlers.onActivate(hit.mention);
  }
}
