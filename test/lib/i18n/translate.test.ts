import { describe, expect, it } from 'vitest';
import { createTranslator, placeholdersOf, type MessageTree } from '../../../lib/i18n/translate';
import { resolveUiLanguage } from '../../../lib/i18n/ui-language';
import { highlightSettingsSchema } from '../../../lib/settings';

const messages: MessageTree = {
  greeting: 'Hello $1, you owe $$$2',
  named: 'Highlight on {site}',
  both: '$1 of {total}',
  group: { nested: 'Nested' },
  items: { '0': 'No items', '1': 'One item', n: '$1 items' },
  itemsOf: { '1': 'One item in {list}', n: '$1 items in {list}' },
  onlyN: { n: '$1 个条目' },
};
// The typed t() only knows the real message files; these tests reach past it on purpose.
const t = createTranslator(messages) as unknown as (key: string, ...args: unknown[]) => string;

describe('createTranslator', () => {
  it('substitutes $1–$9 and reads $$ as a dollar sign', () => {
    expect(t('greeting', ['Ann', '5'])).toBe('Hello Ann, you owe $5');
  });

  it('substitutes named placeholders, and leaves a name it was not given as written', () => {
    expect(t('named', { site: 'example.com' })).toBe('Highlight on example.com');
    expect(t('named', {})).toBe('Highlight on {site}');
    expect(t('both', [3], { total: 7 })).toBe('3 of 7');
  });

  it('never reads substituted text for placeholders (names come from newsletters)', () => {
    expect(t('named', { site: '$1 {site} $$' })).toBe('Highlight on $1 {site} $$');
    expect(t('greeting', ['{x}', '$1'])).toBe('Hello {x}, you owe $$1');
  });

  it('reads nested keys with dots', () => {
    expect(t('group.nested')).toBe('Nested');
  });

  it('picks the plural form for the count, with the count as $1', () => {
    expect(t('items', 0)).toBe('No items');
    expect(t('items', 1)).toBe('One item');
    expect(t('items', 2)).toBe('2 items');
    expect(t('itemsOf', 5, { list: 'the graph' })).toBe('5 items in the graph');
    expect(t('onlyN', 1)).toBe('1 个条目');
  });

  it('falls back to another table, then to the key itself', () => {
    const withFallback = createTranslator({ a: 'A' }, { a: 'fallback A', b: 'fallback B' }) as unknown as (key: string) => string;
    expect(withFallback('a')).toBe('A');
    expect(withFallback('b')).toBe('fallback B');
    expect(withFallback('missing.key')).toBe('missing.key');
  });
});

describe('placeholdersOf', () => {
  it('lists positional and named placeholders once, ignoring escaped dollars', () => {
    expect(placeholdersOf('$1 and {name}, $1 again, $$ and $$2')).toEqual(['$1', '{name}']);
  });
});

describe('resolveUiLanguage', () => {
  it('follows the browser on Automatic and when nothing was chosen', () => {
    expect(resolveUiLanguage('auto', 'zh-CN')).toBe('zh-CN');
    expect(resolveUiLanguage(undefined, 'zh-CN')).toBe('zh-CN');
    expect(resolveUiLanguage('auto', 'en')).toBe('en');
  });

  it('uses English where the browser names nothing the UI speaks', () => {
    expect(resolveUiLanguage('auto', undefined)).toBe('en');
    expect(resolveUiLanguage('auto', 'fr')).toBe('en');
  });

  it('lets the choice override the browser', () => {
    expect(resolveUiLanguage('zh-CN', 'en')).toBe('zh-CN');
    expect(resolveUiLanguage('en', 'zh-CN')).toBe('en');
  });
});

describe('the language setting', () => {
  it('is stored with the other settings, validated: one of Automatic and the UI languages, or absent', () => {
    const base = { enabled: true, disabledSites: [] };
    for (const uiLanguage of ['auto', 'en', 'zh-CN']) expect(highlightSettingsSchema.safeParse({ ...base, uiLanguage }).success).toBe(true);
    expect(highlightSettingsSchema.safeParse(base).success).toBe(true);
    for (const uiLanguage of ['fr', 'zh', 'zh_CN', 1]) expect(highlightSettingsSchema.safeParse({ ...base, uiLanguage }).success).toBe(false);
  });
});
