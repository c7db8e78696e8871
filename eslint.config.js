// Lint rules that keep the architecture honest: lib/ stays pure, no HTML from strings,
// zod runs jitless in extension contexts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const noHtmlFromStrings = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Render data as text: no innerHTML/outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render data as text: no insertAdjacentHTML.' },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'Render data as text: no HTML parsing.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'No document.write.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text: no dangerouslySetInnerHTML.' },
];

const browserGlobals = [
  'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'chrome', 'browser',
  'CSS', 'Range', 'Node', 'Element', 'HTMLElement', 'MutationObserver', 'requestAnimationFrame', 'fetch',
  'XMLHttpRequest', 'WebSocket',
].map((name) => ({ name, message: 'lib/ is pure: no DOM or browser APIs outside lib/ext/.' }));

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'test/.artifacts/**'] },
  js.configs.recommended,
  {
    // Fixture pages' own scripts run in the browser.
    files: ['test/e2e/fixtures/**/*.js'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', customElements: 'readonly', HTMLElement: 'readonly', IntersectionObserver: 'readonly' } },
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...noHtmlFromStrings],
      'no-restricted-properties': [
        'error',
        { object: 'browser', property: 'sendMessage', message: 'Use lib/ext/messaging (typed, validated).' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ runs in plain Node and in every extension context: no DOM, no browser APIs, no React.
    files: ['lib/**/*.ts'],
    ignores: ['lib/ext/**', 'lib/build/**'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '@webext-core/*', 'react', 'react-dom', 'cytoscape'], message: 'lib/ is pure: extension APIs live in lib/ext/.' },
            { group: ['node:*'], message: 'lib/ runs in the browser too: Node APIs only in lib/build/.' },
          ],
        },
      ],
    },
  },
  {
    // Extension contexts run under MV3's CSP: zod must be configured jitless where it is used.
    files: ['entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noHtmlFromStrings,
        { selector: "CallExpression[callee.name='eval']", message: 'No eval under MV3.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function under MV3.' },
      ],
    },
  },
);
