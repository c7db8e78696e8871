import type { Plugin } from 'vite';

/**
 * How popup.html loads. An extension page gets each file through the browser process and
 * pays for it on its own main thread too: a few ms per file at best, tens of ms on a busy
 * machine, and a file that a script asks for waits until that script has loaded and run.
 * So the popup asks for few files, all from popup.html:
 * - its own code, and one chunk ("popup-start") with everything else it needs at once:
 *   React, the search code it imports right away, and the popup's stylesheet joined with
 *   the shared one (popup.css names the popup in each selector, so it is safe to share);
 * - the serialized search index, preloaded: fetched beside them, run only when imported;
 * - the UI's message files (one per language, lib/i18n/message-tables.ts), preloaded the same
 *   way: which one the popup shows is known only once it has read the settings.
 * Left to itself, the bundler spreads the popup's code over chunks shaped by what the side
 * panel and options page share, and the popup asks for the search code and the index only
 * once React has loaded and run. The side panel and options page load the same shared chunk.
 */
const POPUP_PAGE = '/entrypoints/popup/index.html';
const POPUP_CODE = '/entrypoints/popup/';
/** Modules the popup imports dynamically as soon as it runs (entrypoints/popup/search-index-chunks.ts). */
const POPUP_EAGER = ['/lib/search/search-index.ts'];
const SEARCH_INDEX = '\0virtual:tmt-lens/search-index';
const MESSAGE_TABLE = /\/locales\/[^/]+\.json$/;

const isPopupEager = (id: string) => POPUP_EAGER.some((eager) => id.endsWith(eager));
const isPopupStyle = (id: string) => id.includes(POPUP_CODE) && id.endsWith('.css');

export function popupChunks(): Plugin {
  // Filled once the module graph is known, read when chunks are formed.
  const start = new Set<string>();
  return {
    name: 'tmt-lens-popup-chunks',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: { codeSplitting: { groups: [{ name: 'popup-start', test: (id: string) => start.has(id) }] } },
        },
      },
    }),
    buildStart() {
      start.clear();
    },
    buildEnd() {
      // The modules the popup's own code imports, and its eager imports. Only these are named:
      // the bundler adds what they need, after tree-shaking (a library imported for one
      // function brings that function, not the whole library).
      const seen = new Set<string>();
      const visit = (id: string): void => {
        if (seen.has(id)) return;
        seen.add(id);
        if (isPopupStyle(id) || (!id.endsWith(POPUP_PAGE) && !id.includes(POPUP_CODE))) start.add(id);
        else for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
      };
      for (const id of this.getModuleIds()) if (id.endsWith(POPUP_PAGE) || isPopupEager(id)) visit(id);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { chunk, bundle }) {
        if (!chunk || !bundle || !chunk.facadeModuleId?.endsWith(POPUP_PAGE)) return undefined;
        // Chunks and, recursively, the chunks they import statically.
        const withImports = (files: readonly string[], into = new Set<string>()): Set<string> => {
          for (const file of files) {
            const found = bundle[file];
            if (into.has(file) || found?.type !== 'chunk') continue;
            into.add(file);
            withImports(found.imports, into);
          }
          return into;
        };
        const loaded = withImports([chunk.fileName]);
        // Dynamic imports of the popup's code or of the chunks it loads (message-tables.ts is in popup-start).
        const dynamicImports = [...loaded].flatMap((file) => {
          const found = bundle[file];
          return found?.type === 'chunk' ? found.dynamicImports : [];
        });
        const needed = withImports(
          dynamicImports.filter((file) => {
            const found = bundle[file];
            return found?.type === 'chunk' && found.moduleIds.some((id) => id === SEARCH_INDEX || isPopupEager(id) || MESSAGE_TABLE.test(id));
          }),
        );
        return [...needed]
          .filter((file) => !loaded.has(file))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
