/**
 * The hover card's frame (public/card.html). The content script puts this page in a frame
 * (inside its closed shadow root, in the browser's top layer) and the background sends it what
 * to draw over a runtime port paired by the token in this page's address. It listens to nothing
 * else: not to window.postMessage, which the web page around it can send too. It tells the
 * content script, through the background, its size once drawn, whether the user's pointer or
 * focus is on it, and Escape.
 */
import '../../lib/ext/zod-csp';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_FRAME_PORT, type CardFrameEvent } from '../../lib/card/protocol';
import { cardFrameShow } from '../../lib/card/request-protocol';
import { requestSidePanel } from '../../lib/ext/request-side-panel';
import { renderCard } from './render-card';

/**
 * Built as one file of its own (card-frame.js, loaded by public/card.html): the other pages share
 * chunks shaped for the popup, which would make the card wait for the popup's code and styles.
 */
export default defineUnlistedScript(() => {
  const card = document.getElementById('card')!;
  const port = browser.runtime.connect({ name: CARD_FRAME_PORT });
  const send = (event: CardFrameEvent) => port.postMessage(event);
  port.postMessage({ hello: location.hash.slice(1) });

  port.onMessage.addListener((message: unknown) => {
    const parsed = cardFrameShow.safeParse(message);
    if (!parsed.success) return;
    const { seq, content, maxWidth } = parsed.data.show;
    card.style.setProperty('--card-max-width', `${maxWidth}px`);
    // The background opens the panel within the user's click, as for a click on a name.
    renderCard(card, content, requestSidePanel);
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
});
