import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { tmtDataPlugin } from './lib/build/data-plugin';
import { popupChunks } from './lib/build/popup-chunks';

// The manifest asks only for what the features use: storage for settings and imports,
// the side panel, and a context-menu item. Content scripts are declared for http(s) pages,
// which is what highlighting needs; no host permission is requested for anything else.
export default defineConfig({
  // Separate output folders let several builds (e.g. parallel test runs) coexist.
  outDir: process.env.TMT_OUT_DIR ?? '.output',
  // @wxt-dev/i18n turns locales/<lang>.json into _locales/<lang>/messages.json (for the manifest's
  // __MSG_…__ strings) and types the message keys; the pages read the same files through
  // lib/i18n so the user can pick a language other than the browser's.
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    default_locale: 'en',
    permissions: browser === 'firefox' ? ['storage', 'unlimitedStorage', 'menus'] : ['storage', 'unlimitedStorage', 'sidePanel', 'contextMenus'],
    action: { default_title: '__MSG_manifest_actionTitle__' },
    // The hover card is an extension page in a frame that pages cannot read (card-frame.ts). Chrome
    // lets pages load it only at a per-session address (use_dynamic_url), so its fixed address
    // tells a page nothing; Firefox's MV2 form is a plain list, at an address random per install.
    web_accessible_resources: [{ resources: ['card.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    // Firefox: 140 is the first version with the CSS Custom Highlight API that highlighting
    // paints with, and with data_collection_permissions, where the add-on declares it collects nothing.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'tmt-lens@tmt-lens.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_manifest_commandToggleHighlights__',
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_manifest_commandOpenSidePanel__',
      },
    },
  }),
  vite: () => ({
    plugins: [tmtDataPlugin(), popupChunks()],
    // Performance entries only in bench builds (TMT_BENCH=1): pages can read them (lib/bench-timing.ts).
    define: { 'import.meta.env.TMT_BENCH': JSON.stringify(process.env.TMT_BENCH === '1') },
    resolve: {
      alias: [
        // WXT's content script context announces itself to the page; this one does not.
        { find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./lib/ext/quiet-content-script-context.ts', import.meta.url)) },
      ],
    },
  }),
});
