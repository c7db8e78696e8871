/**
 * The hover card: the one element TMT Lens adds to a page, a plain `div` whose closed shadow
 * root keeps the page's CSS out and ours in. Not a custom element: a page can define a custom
 * element's name before this script runs and so get its ElementInternals (and through them its
 * shadow root); a `div` created here has no such handle. What the card shows stays readable to
 * a determined page (the text is in its document), so it only ever shows what the bundled graph
 * says, never the user's imports or notes. Everything is built with DOM calls and textContent —
 * page and graph data are never parsed as HTML. Its button acts only on the user's own clicks.
 */
import type { EntryCard } from '../../lib/messages';

const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; max-width: 360px; min-width: 240px; box-sizing: border-box;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #fff;
  border: 1px solid #d0d7de; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px;
}
@media (prefers-color-scheme: dark) { .card { color: #e6e8eb; background: #22262b; border-color: #3a4048; } }
.type { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; }
.name { font-weight: 600; margin: 2px 0 4px; }
.meta { font-size: 12px; opacity: .8; margin-bottom: 4px; }
.note { font-size: 12px; font-style: italic; margin-bottom: 4px; }
.summary { margin: 4px 0 8px; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.error { color: #b42318; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #0b5cad; background: #0b5cad; color: #fff; padding: 3px 10px; }
button:focus-visible { outline: 2px solid #1f6feb; outline-offset: 2px; }
.authority .type { color: #7a3e9d; } .document .type { color: #0b5cad; } .case .type { color: #b35900; }
@media (prefers-color-scheme: dark) { .authority .type { color: #d2a8ff; } .document .type { color: #79c0ff; } .case .type { color: #ffb454; } }
`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class HoverCard {
  readonly host: HTMLElement;
  private root: ShadowRoot;
  private card: HTMLDivElement;
  private shownId: string | undefined;

  constructor(private onOpen: (id: string) => void) {
    this.host = document.createElement('div');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    this.card = element('div', 'card');
    this.card.setAttribute('role', 'dialog');
    this.card.hidden = true;
    this.root.append(style, this.card);
  }

  get visibleId(): string | undefined {
    return this.card.hidden ? undefined : this.shownId;
  }

  contains(target: EventTarget | null): boolean {
    return target === this.host;
  }

  showLoading(id: string, anchor: DOMRect): void {
    this.attach();
    this.shownId = id;
    this.card.replaceChildren(element('div', 'meta', 'Looking up…'));
    this.place(anchor);
  }

  /**
   * `note` says how the page wrote the name when a recogniser found it ("Called … on this page");
   * `canOpen` is false for a card that has no entry to open (a case number the graph lacks).
   */
  show(card: EntryCard, anchor: DOMRect, { note, canOpen = true }: { note?: string; canOpen?: boolean } = {}): void {
    this.attach();
    this.shownId = card.id;
    this.card.className = `card ${card.type}`;
    this.card.setAttribute('aria-label', card.name);
    const meta = [card.kindLabel, card.issuer, card.status, card.date].filter(Boolean).join(' · ');
    this.card.replaceChildren(
      element('div', 'type', card.reference ? `${card.type} · core reference` : card.type),
      element('div', 'name', card.name),
      ...(note ? [element('div', 'note', note)] : []),
      element('div', 'meta', meta),
      ...(card.summary ? [element('div', 'summary', card.summary)] : []),
      ...(canOpen ? [this.openButton(card.id)] : []),
    );
    this.place(anchor);
  }

  /** An entry only the user's imports know: said without a word of what they say. */
  showImported(id: string, anchor: DOMRect): void {
    this.attach();
    this.shownId = id;
    this.card.className = 'card';
    this.card.setAttribute('aria-label', 'In your imports');
    this.card.replaceChildren(element('div', 'name', 'In your imports'), element('div', 'meta', 'Open it in the side panel to see it.'), this.openButton(id));
    this.place(anchor);
  }

  private openButton(id: string): HTMLButtonElement {
    const open = element('button', 'open', 'Open in side panel');
    open.type = 'button';
    open.addEventListener('click', (event) => event.isTrusted && this.onOpen(id));
    return open;
  }

  showError(message: string, anchor: DOMRect): void {
    this.attach();
    this.card.replaceChildren(element('div', 'error', message));
    this.place(anchor);
  }

  hide(): void {
    this.card.hidden = true;
    this.shownId = undefined;
  }

  remove(): void {
    this.host.remove();
  }

  private attach(): void {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  private place(anchor: DOMRect): void {
    this.card.hidden = false;
    const width = Math.min(360, window.innerWidth - 16);
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
    const below = anchor.bottom + 6;
    const height = this.card.offsetHeight || 120;
    const top = below + height > window.innerHeight - 8 ? Math.max(8, anchor.top - height - 6) : below;
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
  }
}
