/**
 * The UI's message lookup: the same message files and the same rules as @wxt-dev/i18n
 * (nested keys read with dots, `$1`–`$9` and `{name}` substitutions, `$$` for a dollar sign,
 * plural forms keyed by count with `n` for the rest), applied to a table held in memory rather
 * than through browser.i18n.getMessage, which only ever answers in the browser's language.
 * Keeping WXT's signature means a page can move between the two without changing a call.
 */
import type { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '#i18n';

/** `t()` typed from locales/en.json (WXT generates the structure): keys, substitution counts, plurals. */
export type Translate = ReturnType<typeof createI18n<GeneratedI18nStructure>>['t'];
export type MessageKey = Extract<keyof GeneratedI18nStructure, string>;

/** A messages file as written: strings, groups of strings, and plural forms (`{ "1": …, "n": … }`). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

type Found = string | Readonly<Record<string, string>>;

/** Dotted key → message, or its plural forms. */
export function flattenMessages(tree: MessageTree, prefix = '', into = new Map<string, Found>()): Map<string, Found> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else if (isPluralForms(value)) into.set(path, value as Record<string, string>);
    else flattenMessages(value, path, into);
  }
  return into;
}

/** Plural forms, as @wxt-dev/i18n tells them: every key a number or `n`. */
export function isPluralForms(value: MessageTree): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => (key === 'n' || /^\d+$/.test(key)) && typeof value[key] === 'string');
}

/** The placeholders a message uses: positional (`$1`) and named (`{name}`), each once, sorted. */
export function placeholdersOf(message: string): string[] {
  const found = new Set<string>();
  for (const match of message.matchAll(SUBSTITUTION)) if (match[1] !== '$') found.add(match[1] ? `$${match[1]}` : `{${match[2]}}`);
  return [...found].sort();
}

const SUBSTITUTION = /\$(\$|[1-9])|\{([A-Za-z0-9_]+)\}/g;

type Substitution = string | number;

/**
 * A `t()` over one language's messages, with `fallback` (English) for a key the language lacks;
 * a key neither has comes back as itself, so a slip shows on screen instead of a blank.
 */
export function createTranslator(messages: MessageTree, fallback?: MessageTree): Translate {
  const own = flattenMessages(messages);
  const spare = fallback ? flattenMessages(fallback) : undefined;
  const t = (key: string, ...args: unknown[]): string => {
    let count: number | undefined;
    let positional: readonly Substitution[] | undefined;
    let named: Readonly<Record<string, Substitution>> | undefined;
    for (const arg of args) {
      if (typeof arg === 'number') count = arg;
      else if (Array.isArray(arg)) positional = arg as Substitution[];
      else if (typeof arg === 'object' && arg !== null) named = arg as Record<string, Substitution>;
    }
    // As in @wxt-dev/i18n, a plural's count is its $1 unless substitutions are given.
    if (count !== undefined && positional === undefined) positional = [count];
    const found = own.get(key) ?? spare?.get(key);
    if (found === undefined) return key;
    const message = typeof found === 'string' ? found : pluralForm(found, count);
    return substitute(message, positional ?? [], named ?? {});
  };
  return t as Translate;
}

function pluralForm(forms: Readonly<Record<string, string>>, count: number | undefined): string {
  return (count !== undefined ? forms[String(count)] : undefined) ?? forms.n ?? Object.values(forms)[0] ?? '';
}

/** One pass, so text put in (entry names come from newsletters) is never read for placeholders again. */
function substitute(message: string, positional: readonly Substitution[], named: Readonly<Record<string, Substitution>>): string {
  return message.replace(SUBSTITUTION, (match, index: string | undefined, name: string | undefined) => {
    if (index === '$') return '$';
    if (index !== undefined) return String(positional[Number(index) - 1] ?? '');
    return name !== undefined && Object.hasOwn(named, name) ? String(named[name]) : match;
  });
}
