/**
 * The hover card's frame (public/card.html). The content script puts this page in a frame
 * (inside its closed shadow root, in the browser's top layer) and the background sends it what
 * to draw over a runtime port paired by the token in this page's address. It listens to nothing
 * else: not to window.postMessage, which the web page around it can send too. It tells the
 * content script, through the background, its size once drawn, whether the user's pointer or
 * focus is on it, and Escape. It speaks the UI language (the user's choice, or the browser's),
 * read from the settings as every extension page reads it.
 */
import '../../lib/ext/zod-csp';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_FRAME_PORT, type CardFrameEvent } from '../../lib/card/protocol';
import { cardFrameShow } from '../../lib/card/request-protocol';
import { cardTranslator } from '../../lib/card/card-messages';
import { cardViewOf, type CardI18n } from '../../lib/card/card-view';
import { browserUiLanguage } from '../../lib/ext/browser-ui-language';
import { requestSidePanel } from '../../lib/ext/request-side-panel';
import { getHighlightSettings, watchHighlightSettings } from '../../lib/ext/settings-store';
import { resolveUiLanguage } from '../../lib/i18n/ui-language';
import { DEFAULT_HIGHLIGHT_SETTINGS, type HighlightSettings } from '../../lib/settings';
import { renderCard } from './render-card';

/**
 * Built as one file of its own (card-frame.js, loaded by public/card.html): the other pages share
 * chunks shaped for the popup, which would make the card wait for the popup's code and styles.
 */
export default defineUnlistedScript(() => {
  const card = document.getElementById('card')!;
  let i18n: CardI18n | undefined;
  const speak = (settings: HighlightSettings) => {
    const language = resolveUiLanguage(settings.uiLanguage, browserUiLanguage());
    if (i18n?.language === language) return;
    i18n = { language, t: cardTranslator(language) };
    document.documentElement.lang = language;
    document.title = i18n.t('cardFrame.title');
  };
  // A card asked for before the settings are read waits for them (a storage read, a few ms).
  const ready = getHighlightSettings().then(speak, () => speak(DEFAULT_HIGHLIGHT_SETTINGS));
  // The next card speaks a language chosen meanwhile; one on screen keeps its words until then.
  watchHighlightSettings(speak);

  const port = browser.runtime.connect({ name: CARD_FRAME_PORT });
  const send = (event: CardFrameEvent) => port.postMessage(event);
  port.postMessage({ hello: location.hash.slice(1) });

  port.onMessage.addListener((message: unknown) => {
    const parsed = cardFrameShow.safeParse(message);
    if (!parsed.success) return;
    const { seq, content, maxWidth } = parsed.data.show;
    void ready.then(() => {
      card.style.setProperty('--card-max-width', `${maxWidth}px`);
      // The background opens the panel within the user's click, as for a click on a name.
      renderCard(card, cardViewOf(i18n!, content), requestSidePanel);
      const { width, height } = card.getBoundingClientRect();
      send({ shown: { seq, width: Math.ceil(width), height: Math.ceil(height) } });
    });
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
