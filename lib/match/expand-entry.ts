/**
 * Turns one dictionary entry into the patterns the automaton looks for, per its kind, and drops
 * generic names and keys too short to be meaningful.
 */
import { expandCodeVariants } from './code-variants';
import { foldString, normalizeString } from './fold-string';
import type { Pattern } from './pattern';
import { expandTitleVariants, stripLeadingThe } from './title-variants';
import type { DictionaryEntry } from './types';
import { isWordChar } from './word-char';
import { expandZhVariants } from './zh-variants';

/** Shorter keys (a single letter or hanzi) would light up half of any page. */
const MIN_KEY_LENGTH = 2;
/** No real name is this long; the bound keeps automaton depths, and so output lengths, small. */
export const MAX_KEY_LENGTH = 1000;

export type GenericTest = (foldedKey: string) => boolean;

/** Builds the generic-name test from a list of names; comparison is on folded, "the"-less keys. */
export function createGenericTest(names: readonly string[]): GenericTest {
  const keys = new Set(names.map((name) => stripLeadingThe(foldString(name))));
  return (foldedKey) => keys.has(stripLeadingThe(foldedKey));
}

function keysOf(entry: DictionaryEntry, isGeneric: GenericTest): string[] {
  const folded = foldString(entry.name);
  switch (entry.kind) {
    case 'title':
    case 'phrase':
      return expandTitleVariants(folded, isGeneric);
    case 'code':
      return expandCodeVariants(folded);
    case 'zh':
      return expandZhVariants(folded, isGeneric);
    case 'abbr': {
      const spaced = spacedAbbreviation(folded);
      return spaced ? [folded, spaced] : [folded];
    }
  }
}

/** Letters then digits ("TC260"): pages also write them apart ("TC 260"). */
const LETTERS_THEN_DIGITS = /^([A-Za-z]{2,})(\d{2,})$/;

function spacedAbbreviation(name: string): string | undefined {
  const parts = LETTERS_THEN_DIGITS.exec(name);
  return parts ? `${parts[1]} ${parts[2]}` : undefined;
}

function toPattern(entry: DictionaryEntry, key: string, generated: boolean): Pattern {
  const zh = entry.kind === 'zh';
  return {
    key,
    // An abbreviation matches only as written, its spaced form too.
    exact: entry.kind === 'abbr' ? normalizeString(generated ? (spacedAbbreviation(entry.name) ?? entry.name) : entry.name) : entry.kind === 'phrase' && !generated ? normalizeString(entry.name) : null,
    // Only an edge that is itself a letter or digit can run into a neighbouring word.
    boundaryStart: !zh && isWordChar(key.charCodeAt(0)),
    boundaryEnd: !zh && isWordChar(key.charCodeAt(key.length - 1)),
    zh,
    exclusion: false,
    generated,
  };
}

/** The entry's own spelling comes first (generated: false), then its variants. */
export function expandEntry(entry: DictionaryEntry, isGeneric: GenericTest): Pattern[] {
  // Cutting a prefix or suffix can expose a space; the scanner never starts or ends on one.
  const keys = new Set(keysOf(entry, isGeneric).map((key) => key.trim()));
  return [...keys]
    .map((key, index) => ({ key, generated: index > 0 }))
    .filter(({ key }) => key.length >= MIN_KEY_LENGTH && key.length <= MAX_KEY_LENGTH && !isGeneric(key))
    .map(({ key, generated }) => toPattern(entry, key, generated));
}

/** An exclusion string becomes a plain, unbounded pattern that reports no id. */
export function expandExclusion(text: string): Pattern | null {
  const key = foldString(text);
  if (key.length < MIN_KEY_LENGTH || key.length > MAX_KEY_LENGTH) return null;
  return { key, exact: null, boundaryStart: false, boundaryEnd: false, zh: false, exclusion: true, generated: false };
}
