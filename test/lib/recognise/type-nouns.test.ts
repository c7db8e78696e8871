import { describe, expect, it } from 'vitest';
import { findTypeNouns, isLowerCaseNoun } from '../../../lib/recognise/type-nouns';

describe('findTypeNouns', () => {
  it('finds every type noun in any case, in text order, as whole words only', () => {
    const text = 'The Measures and the deep synthesis rules, not ruleset nor PROVISIONSX, but REGULATIONS.';
    expect(findTypeNouns(text).map((noun) => text.slice(noun.start, noun.end))).toEqual(['Measures', 'rules', 'REGULATIONS']);
  });

  it('finds none where the text has none', () => {
    expect(findTypeNouns('A page about the weather in Shanghai.')).toEqual([]);
  });
});

describe('isLowerCaseNoun', () => {
  it('tells a lower-case noun from a capitalised or upper-case one', () => {
    const text = 'rules Rules RULES';
    const [lower, capital, upper] = findTypeNouns(text);
    expect([isLowerCaseNoun(text, lower!), isLowerCaseNoun(text, capital!), isLowerCaseNoun(text, upper!)]).toEqual([true, false, false]);
  });
});
