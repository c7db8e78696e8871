import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardCodedStrings } from './ui-strings';

const ROOT = resolve(import.meta.dirname, '../..');

/** The card view's fields that the frame shows as they are (lib/card/card-view.ts). */
const CARD_VIEW_FIELDS = new Set(['label', 'heading', 'name', 'note', 'meta', 'summary', 'error']);

/**
 * The extension's own pages. The content script (entrypoints/content/) draws no text: the hover
 * card is an extension page of its own, checked below.
 */
function uiSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (relative(ROOT, path) !== join('entrypoints', 'content')) walk(path);
      } else if (entry.name.endsWith('.tsx')) files.push(path);
    }
  };
  walk(join(ROOT, 'components'));
  walk(join(ROOT, 'entrypoints'));
  return files;
}

describe('UI text', () => {
  const files = uiSources();

  it('covers the popup, side panel, options page and shared components', () => {
    const names = files.map((file) => relative(ROOT, file));
    expect(names).toEqual(expect.arrayContaining([join('entrypoints', 'popup', 'App.tsx'), join('components', 'sidepanel', 'Panel.tsx'), join('components', 'options', 'OptionsPage.tsx'), join('components', 'GraphView.tsx')]));
    expect(files.length).toBeGreaterThan(40);
  });

  it('is never written into the card frame’s DOM code or the card’s view: it comes from the message files', () => {
    const cardFiles = [...readdirSync(join(ROOT, 'entrypoints', 'card-frame')).map((name) => join(ROOT, 'entrypoints', 'card-frame', name)), join(ROOT, 'lib', 'card', 'card-view.ts')];
    expect(cardFiles.map((file) => relative(ROOT, file))).toEqual(expect.arrayContaining([join('entrypoints', 'card-frame', 'index.ts'), join('entrypoints', 'card-frame', 'render-card.ts')]));
    const found = cardFiles.flatMap((file) => hardCodedStrings(file, readFileSync(file, 'utf8'), CARD_VIEW_FIELDS).map((hit) => `${relative(ROOT, file)}:${hit.line}: ${hit.text}`));
    expect(found).toEqual([]);
  });

  it('is never written into a component: it comes from the message files', () => {
    const found = files.flatMap((file) => hardCodedStrings(file, readFileSync(file, 'utf8')).map((hit) => `${relative(ROOT, file)}:${hit.line}: ${hit.text}`));
    expect(found).toEqual([]);
  });
});

describe('hardCodedStrings', () => {
  it('finds JSX text, text in expressions and in the props a reader sees or hears', () => {
    const source = `
      export const A = () => (
        <div title="Fit the graph" aria-label={\`Open \${name}\`} className="not-text">
          Hello there
          {open ? 'Close' : t('panel.open')}
          <input placeholder={ready && 'Type here'} />
          <kbd>Enter</kbd> → {t('popup.keysOpen')}
        </div>
      );`;
    expect(hardCodedStrings('a.tsx', source).map((hit) => hit.text)).toEqual(['Fit the graph', 'Open', 'Hello there', 'Close', 'Type here']);
  });

  it('finds text a DOM script puts into the page, into what a reader hears, or into a view', () => {
    const source = `
      title.textContent = 'Loading';
      frame.title = ready ? t('card.title') : 'TMT Lens card';
      card.setAttribute('aria-label', \`Card for \${name}\`);
      card.setAttribute('class', 'card open');
      card.replaceChildren(element('div', 'meta'), 'No entry');
      document.createTextNode('Hello');
      const view = { label: 'Missing', heading: t('card.heading'), type: 'document' };`;
    expect(hardCodedStrings('a.ts', source, new Set(['label', 'heading'])).map((hit) => hit.text)).toEqual(['Loading', 'TMT Lens card', 'Card for', 'No entry', 'Hello', 'Missing']);
  });

  it('leaves message keys, class names, symbols and key names alone', () => {
    const source = `export const B = () => <p className="muted" id="x">{t('a.b')} · ← <kbd>Esc</kbd> {'★'}</p>;`;
    expect(hardCodedStrings('b.tsx', source)).toEqual([]);
  });
});
