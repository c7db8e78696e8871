/**
 * Draws the card's content with DOM calls and textContent only: the graph's and the page's words
 * are never parsed as HTML. The card is an extension page in a frame of its own, which the web
 * page can neither read nor script. What it says is worked out in lib/card/card-view.ts.
 */
import type { CardView } from '../../lib/card/card-view';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills `card` (the dialog) with `view`; `onOpen` runs on the user's own click of the button. */
export function renderCard(card: HTMLElement, view: CardView, onOpen: (id: string) => void): void {
  const part = (className: string, text: string | undefined) => (text ? [element('div', className, text)] : []);
  const open = view.open && element('button', 'open', view.open.label);
  if (open && view.open) {
    const { id } = view.open;
    open.type = 'button';
    open.addEventListener('click', (event) => event.isTrusted && onOpen(id));
  }
  card.className = view.type ? `card ${view.type}` : 'card';
  card.setAttribute('aria-label', view.label);
  card.replaceChildren(
    ...part('type', view.heading),
    ...part('name', view.name),
    ...part('note', view.note),
    ...part('meta', view.meta),
    ...part('summary', view.summary),
    ...part('error', view.error),
    ...(open ? [open] : []),
  );
  card.hidden = false;
}
