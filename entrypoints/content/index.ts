import '../../lib/ext/zod-csp';
import dictionaryJson from 'virtual:tmt-lens/dictionary';
import recognisersJson from 'virtual:tmt-lens/recognisers';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '../../lib/ext/messaging';
import { getHighlightSettings, watchHighlightSettings } from '../../lib/ext/settings-store';
import { benchMeasure } from '../../lib/bench-timing';
import { revealMentionRequest, userDictionaryResponse } from '../../lib/messages';
import { requestSidePanel } from '../../lib/ext/request-side-panel';
import { UNKNOWN_CASE_PREFIX } from '../../lib/recognise/case-numbers';
import { PageRecogniser } from '../../lib/recognise/page-recogniser';
import { isHighlightingOn, isImportedNamesOn, type HighlightSettings } from '../../lib/settings';
import { cardFrameTitle } from '../../lib/card/frame-title';
import { browserUiLanguage } from '../../lib/ext/browser-ui-language';
import { resolveUiLanguage, type UiLanguage, type UiLanguageChoice } from '../../lib/i18n/ui-language';
import { CardFrame } from './card-frame';
import { CardGuard } from './card-guard';
import { highlightName, type HighlightIndex, type PaintedMention } from './highlight-index';
import { PageHighlighter } from './page-highlighter';
import { PageMatchers } from './page-matchers';
import { HOVER_DELAY_MS, PointerTracker } from './pointer-tracker';
import './style.css';

const REPORT_DELAY_MS = 800;
const FLASH_MS = 1600;
/** How long a single-page app gets to draw a new view before it is scanned afresh. */
const VIEW_SETTLE_MS = 400;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  // Not into about:blank and srcdoc frames (WXT's matchAboutBlank): highlighting is never on
  // there (such a frame has no site, see isHighlightingOn), yet each one got the script, its
  // dictionary string, a settings read and listeners; 300 empty frames cost 205 MB of heap
  // against 110 MB without the extension.
  matchAboutBlank: false,
  async main(ctx) {
    // The bundled dictionary is precompiled at build time into a compact form and decoded only
    // when there is text to highlight (page-matchers.ts). It ships uncompressed: a compressed
    // form saved 15 KB of script but added about 5 ms to every page load (DecompressionStream,
    // being asynchronous, delayed the first highlight by 15-70 ms).
    const matchers = new PageMatchers(dictionaryJson);
    let highlighter: PageHighlighter | undefined;
    /**
     * Names from the user's imports: the background compiles them (it has the graph and the
     * compiler) and this script only decodes them, next to the bundled dictionary. Says whether
     * the page must be scanned again (only when there were or are user names: most pages are
     * scanned once).
     */
    let importedNamesOn = false;
    /**
     * The user's choice of UI language, for the card frame's accessible name. The language itself is
     * worked out when a card needs it: asking the browser for its choice cost a page ~15 ms of main
     * thread at load, and most pages never show a card.
     */
    let uiLanguageChoice: UiLanguageChoice | undefined;
    let browserLanguage: { value: string | undefined } | undefined;
    const uiLanguage = (): UiLanguage => resolveUiLanguage(uiLanguageChoice, (browserLanguage ??= { value: browserUiLanguage() }).value);
    const loadUserNames = async (): Promise<boolean> => {
      // Off unless the user turned it on (the background checks too): a page can tell which of
      // its words are painted, and so what was imported.
      if (!importedNamesOn) return matchers.setUserDictionary(null);
      const reply = userDictionaryResponse.safeParse(await sendMessage('getUserDictionary', undefined).catch(() => null));
      if (!reply.success) return false;
      return matchers.setUserDictionary(reply.data);
    };
    let tracker: PointerTracker | undefined;
    let reportTimer: ReturnType<typeof setTimeout> | undefined;
    const isTopFrame = window.top === window;

    /** What was last reported: a live page changes all the time, its mentions seldom. */
    let reported: { index: HighlightIndex | undefined; version: number; url: string } | undefined;
    const report = () => {
      if (!isTopFrame) return;
      clearTimeout(reportTimer);
      reportTimer = setTimeout(() => {
        // Only entry ids and counts leave the page, with its origin and path (no query or
        // fragment, which can hold tokens); never its text.
        const url = `${location.origin}${location.pathname}`;
        const index = highlighter?.index;
        const version = index?.version ?? 0;
        if (reported && reported.index === index && reported.version === version && reported.url === url) return;
        reported = { index, version, url };
        void sendMessage('reportPageMentions', { url, counts: index?.counts() ?? {}, active: index !== undefined }).catch(() => undefined);
      }, REPORT_DELAY_MS);
    };

    /**
     * The hover card (card-frame.ts), made when the pointer first comes onto a name: its frame
     * loads during the hover delay, so the first card is as quick as the next. It stays up while
     * the user's pointer or focus is on it.
     */
    let card: CardFrame | undefined;
    let guard: CardGuard | undefined;
    let holding = false;
    let hideTimer: ReturnType<typeof setTimeout> | undefined;
    /** The page hid or covered the card: TMT Lens has stopped on this page for good. */
    let stopped = false;

    const hideCard = () => {
      clearTimeout(hideTimer);
      guard?.stop();
      card?.hide();
    };

    const dropCard = () => {
      guard?.stop();
      card?.remove();
      card = undefined;
      guard = undefined;
      holding = false;
    };

    /**
     * The page hid or covered the card, or took its frame away, while the user was meant to see
     * it: TMT Lens stops on this page (its highlights go, so no name offers a card the page could
     * tamper with again) and its toolbar button shows a warning (background.ts).
     */
    const stopForHiddenCard = () => {
      if (stopped) return;
      stopped = true;
      tracker?.dispose();
      highlighter?.stop();
      dropCard();
      tracker = undefined;
      highlighter = undefined;
      void sendMessage('cardHidden', undefined).catch(() => undefined);
    };

    const ensureCard = (): CardFrame => {
      if (card) return card;
      /** Where the card was last drawn and put, and whether it was already put back on top once since. */
      let placed: { drawn: DOMRect; set: DOMRect } | undefined;
      let raised = false;
      const made = new CardFrame({
        onShown: (drawn, set, requestedAt) => {
          placed = { drawn, set };
          raised = false;
          guard?.watch(drawn, set);
          benchMeasure('tmt-lens:card', { start: requestedAt, end: performance.now() });
        },
        onHolding: (value) => {
          holding = value;
          clearTimeout(hideTimer);
          if (!value) hideTimer = setTimeout(() => tracker?.leave('away'), HOVER_DELAY_MS);
        },
        onClose: () => tracker?.leave('escape'),
        onDisconnected: () => {
          if (card === made) dropCard();
        },
        onFrameGone: () => {
          const wasShown = made.visibleId !== undefined;
          if (card !== made) return;
          dropCard();
          if (wasShown) stopForHiddenCard();
        },
      }, cardFrameTitle(uiLanguage()));
      card = made;
      guard = new CardGuard(made.host, made.root, made.frame, (reason) => {
        // A page's own popover or dialog may open over the card once, innocently: the card goes
        // back on top. Hidden again while it is up, it is the page's doing.
        if (reason !== 'removed' && !raised && placed) {
          raised = true;
          made.raise();
          guard?.watch(placed.drawn, placed.set);
          return;
        }
        stopForHiddenCard();
      });
      return made;
    };

    const showCard = (mention: PaintedMention, rect: DOMRect) => {
      clearTimeout(hideTimer);
      ensureCard().show({ id: mention.id, written: mention.written?.slice(0, 500), via: mention.via }, rect);
    };

    const isUnknownCase = (id: string) => id.startsWith(UNKNOWN_CASE_PREFIX);

    const start = () => {
      if (highlighter || stopped) return;
      highlighter = new PageHighlighter(matchers, report, new PageRecogniser(recognisersJson));
      highlighter.start();
      // Bundled names are highlighted at once; the user's own follow when the background answers.
      void loadUserNames().then((changed) => changed && highlighter?.rescanAll());
      tracker = new PointerTracker(highlighter.index, {
        onEnter: () => {
          clearTimeout(hideTimer);
          ensureCard();
        },
        onHover: showCard,
        // The pointer on its way onto the card, or the keyboard focus in it, keeps it up.
        onLeave: (reason) => (reason === 'away' && holding ? undefined : hideCard()),
        onActivate: (mention) => void (isUnknownCase(mention.id) || requestSidePanel(mention.id)),
        isInsideCard: (target) => target !== null && target === card?.host,
      });
    };

    const stop = () => {
      tracker?.dispose();
      highlighter?.stop();
      dropCard();
      tracker = undefined;
      highlighter = undefined;
      report();
    };

    const apply = (settings: HighlightSettings) => {
      const importedNamesChanged = importedNamesOn !== isImportedNamesOn(settings);
      importedNamesOn = isImportedNamesOn(settings);
      uiLanguageChoice = settings.uiLanguage;
      if (card) card.frame.title = cardFrameTitle(uiLanguage());
      if (!isHighlightingOn(settings, location.href)) return stop();
      if (highlighter) {
        if (importedNamesChanged) void loadUserNames().then((changed) => changed && highlighter?.rescanAll());
        return;
      }
      start();
    };

    apply(await getHighlightSettings());
    const unwatch = watchHighlightSettings(apply);
    ctx.onInvalidated(() => {
      unwatch();
      stop();
    });
    // Single-page apps change the URL without a page load: rescan for the new view. The event
    // fires as the navigation starts, before the app draws the new view or sets its title, so
    // the rescan (which also judges afresh whether the page is about China) waits for it.
    let viewChange: number | undefined;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      clearTimeout(viewChange);
      viewChange = ctx.setTimeout(() => highlighter?.rescanAll(), VIEW_SETTLE_MS);
    });

    // While highlighting is off nothing is loaded: start() asks for the user's names afresh.
    onMessage('refreshHighlights', async () => {
      if (!highlighter) return;
      await loadUserNames();
      highlighter?.rescanAll();
    });

    // Only the top frame answers, so a frame's empty answer cannot win the race.
    if (isTopFrame) onMessage('revealMention', ({ data }) => {
      const request = revealMentionRequest.safeParse(data);
      if (!request.success || !highlighter) return { found: false, total: 0 };
      const occurrences = highlighter.index.occurrencesOf(request.data.id);
      if (occurrences.length === 0) return { found: false, total: 0 };
      const target = occurrences[request.data.occurrence % occurrences.length]!;
      target.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      const flash = new Highlight(target.range);
      CSS.highlights.set(highlightName('flash'), flash);
      setTimeout(() => {
        if (CSS.highlights.get(highlightName('flash')) === flash) CSS.highlights.delete(highlightName('flash'));
      }, FLASH_MS);
      return { found: true, total: occurrences.length };
    });
  },
});
