/**
 * Finds the dictionary names in a text. Several matchers (the bundled dictionary plus small ones
 * compiled from imported newsletters) are scanned one after the other and their hits
 * resolved together, so nothing is recompiled when the user adds names.
 */
import { Candidates } from './candidates';
import type { Matcher } from './matcher';
import { resolveMentions } from './resolve-mentions';
import { scanText } from './scan-text';
import type { Mention } from './types';

export function findMentions(matchers: Matcher | readonly Matcher[], text: string): Mention[] {
  const candidates = new Candidates();
  const list: readonly Matcher[] = Array.isArray(matchers) ? matchers : [matchers as Matcher];
  for (const matcher of list) {
    candidates.beginMatcher(matcher);
    scanText(matcher, text, candidates);
  }
  return resolveMentions(candidates, text);
}
