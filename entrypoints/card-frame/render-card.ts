/**
 * Draws the card's content with DOM calls and textContent only: the graph's and the page's words
 * are never parsed as HTML. The card is an extension page in a frame of its own, which the web
 * page can neither read nor script.
 */
import type { CardContent } from '../../lib/card/request-protocol';
import { CARD_STRINGS } from '../../lib/card/strings';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills `card` (the dialog) with `content`; `onOpen` runs on the user's own click of the button. */
export function renderCard(card: HTMLElement, content: CardContent, onOpen: (id: string) => void): void {
  const openButton = (id: string) => {
    const open = element('button', 'open', CARD_STRINGS.openInSidePanel);
    open.type = 'button';
    open.addEventListener('click', (event) => event.isTrusted && onOpen(id));
    return open;
  };
  if ('entry' in content) {
    const { entry, note, canOpen } = content;
    const meta = [entry.kindLabel, entry.issuer, entry.status, entry.date].filter(Boolean).join(' · ');
    card.className = `card ${entry.type}`;
    card.setAttribute('aria-label', entry.name);
    card.replaceChildren(
      element('div', 'type', entry.reference ? `${entry.type} · ${CARD_STRINGS.coreReference}` : entry.type),
      element('div', 'name', entry.name),
      ...(note ? [element('div', 'note', note)] : []),
      element('div', 'meta', meta),
      ...(entry.summary ? [element('div', 'summary', entry.summary)] : []),
      ...(canOpen ? [openButton(entry.id)] : []),
    );
  } else if ('imported' in content) {
    card.className = 'card';
    card.setAttribute('aria-label', CARD_STRINGS.inYourImports);
    card.replaceChildren(element('div', 'name', CARD_STRINGS.inYourImports), element('div', 'meta', CARD_STRINGS.openImportedHint), openButton(content.imported.id));
  } else {
    card.className = 'card';
    card.setAttribute('aria-label', CARD_STRINGS.unreadable);
    card.replaceChildren(element('div', 'error', content.error));
  }
  card.hidden = false;
}
