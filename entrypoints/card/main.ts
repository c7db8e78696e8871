/**
 * The hover card's frame. The content script puts this page in a frame (inside its closed shadow
 * root, in the browser's top layer) and the background sends it what to draw over a runtime port
 * paired by the token in this page's address. It listens to nothing else: not to
 * window.postMessage, which the web page around it can send too. It tells the content script, through
 * the background, its size once drawn, whether the user's pointer or focus is on it, and Escape.
 */
import '../../lib/ext/zod-csp';
import { browser } from 'wxt/browser';
import { CARD_FRAME_PORT, cardFrameShow, type CardFrameEvent } from '../../lib/card/protocol';
import { openSidePanelFor } from '../../lib/ext/side-panel';
import { renderCard } from './render-card';
import './card.css';

const card = document.getElementById('card')!;
const port = browser.runtime.connect({ name: CARD_FRAME_PORT });
const send = (event: CardFrameEvent) => port.postMessage(event);
port.postMessage({ hello: location.hash.slice(1) });

/** The tab and window this frame is in, as the background saw them: where the side panel opens. */
let place: { tabId?: number; windowId?: number } = {};

port.onMessage.addListener((message: unknown) => {
  const parsed = cardFrameShow.safeParse(message);
  if (!parsed.success) return;
  const { seq, content, maxWidth, tabId, windowId } = parsed.data.show;
  place = { tabId, windowId };
  card.style.setProperty('--card-max-width', `${maxWidth}px`);
  renderCard(card, content, (id) => {
    // Called in the user's click, in this extension page: the browser opens the panel in its gesture.
    openSidePanelFor({ id }, place.tabId, place.windowId);
  });
  const { width, height } = card.getBoundingClientRect();
  send({ shown: { seq, width: Math.ceil(width), height: Math.ceil(height) } });
});

// The card stays up while the user's pointer or keyboard focus is on it.
let pointerIn = false;
let focusIn = false;
let holding = false;
const tell = () => {
  if (holding === (pointerIn || focusIn)) return;
  holding = pointerIn || focusIn;
  send({ holding });
};
document.documentElement.addEventListener('pointerenter', (event) => event.isTrusted && ((pointerIn = true), tell()));
document.documentElement.addEventListener('pointerleave', (event) => event.isTrusted && ((pointerIn = false), tell()));
window.addEventListener('focus', () => ((focusIn = true), tell()));
window.addEventListener('blur', () => ((focusIn = false), tell()));
document.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && send({ close: true }));
