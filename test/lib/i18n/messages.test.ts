import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesObject } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { loadMessageTable } from '../../../lib/i18n/message-tables';
import { flattenMessages, isPluralForms, placeholdersOf, type MessageTree } from '../../../lib/i18n/translate';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (file: string) => JSON.parse(readFileSync(resolve(ROOT, 'locales', file), 'utf8')) as MessageTree;
const en = read('en.json');
const zh = read('zh_CN.json');

/** Every placeholder a message or any of its plural forms uses. */
function placeholders(value: string | Readonly<Record<string, string>>): string[] {
  const forms = typeof value === 'string' ? [value] : Object.values(value);
  return [...new Set(forms.flatMap(placeholdersOf))].sort();
}

describe('message files', () => {
  const enMessages = flattenMessages(en);
  const zhMessages = flattenMessages(zh);

  it('have the same keys in English and Simplified Chinese', () => {
    expect([...zhMessages.keys()].sort()).toEqual([...enMessages.keys()].sort());
    expect(enMessages.size).toBeGreaterThan(300);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...enMessages].filter(([key, message]) => {
      const other = zhMessages.get(key);
      return other === undefined || placeholders(other).join() !== placeholders(message).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('are plural in both languages or in neither, with an "n" form for every other count', () => {
    for (const [key, message] of enMessages) {
      const other = zhMessages.get(key)!;
      expect(typeof other, key).toBe(typeof message);
      if (typeof message !== 'string') {
        expect(message.n, key).toBeDefined();
        expect((other as Record<string, string>).n, key).toBeDefined();
      }
    }
  });

  it('say something in every language: no empty message, and Chinese where the English is words', () => {
    for (const [key, message] of zhMessages) {
      const forms = typeof message === 'string' ? [message] : Object.values(message);
      for (const form of forms) expect(form.trim(), key).not.toBe('');
    }
    // A message copied over untranslated would pass the checks above; these must differ. The
    // product's name is the same in every language.
    const copied = [...enMessages].filter(
      ([key, message]) => typeof message === 'string' && message !== 'TMT Lens' && /[a-z]{3,} [a-z]{3,}/i.test(message) && zhMessages.get(key) === message,
    );
    expect(copied.map(([key]) => key)).toEqual([]);
  });

  it('are read by @wxt-dev/i18n as WXT builds them, with the same keys our tables have', () => {
    for (const tree of [en, zh]) {
      const parsed = parseMessagesObject(tree).filter((message) => !message.key[0]!.startsWith('@@'));
      expect(parsed.map((message) => message.key.join('.')).sort()).toEqual([...flattenMessages(tree).keys()].sort());
      expect(parsed.filter((message) => message.type === 'plural').map((message) => message.key.join('.')).sort()).toEqual(
        [...flattenMessages(tree)].filter(([, value]) => typeof value !== 'string').map(([key]) => key).sort(),
      );
    }
  });

  it('name each file after its language (the tag the UI reads to follow the browser)', async () => {
    expect(flattenMessages(await loadMessageTable('en')).get('language.tag')).toBe('en');
    expect(flattenMessages(await loadMessageTable('zh-CN')).get('language.tag')).toBe('zh-CN');
  });

  it('hold the manifest strings the manifest names', () => {
    const config = readFileSync(resolve(ROOT, 'wxt.config.ts'), 'utf8');
    const names = [...config.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) expect(enMessages.has(name.replace(/_/g, '.')), name).toBe(true);
  });
});

describe('isPluralForms', () => {
  it('tells plural forms from a group of messages', () => {
    expect(isPluralForms({ '1': 'one', n: 'many' })).toBe(true);
    expect(isPluralForms({ n: '许多' })).toBe(true);
    expect(isPluralForms({ title: 'x', n: 'y' })).toBe(false);
  });
});
