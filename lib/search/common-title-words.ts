/**
 * Words that nearly every title has: the kind of instrument ("Law", "Measures",
 * "Provisions"), its stage ("Interim", "Draft"), and the parts of an official body's name
 * ("Ministry", "Administration", "People's", "National"). They say what sort of thing is
 * meant, not which one, so they never qualify a result alone: "Company Law" must not offer
 * every law because it shares "Law". They are matched only as typed (no completions while
 * not being typed, no typo corrections), and a query that has them is asking for a name, so
 * its other words must be found in the entry's names or its issuer's, not only in a summary.
 *
 * Words as search terms (see search-text.ts): lower case, possessive dropped.
 */
export const COMMON_TITLE_WORDS: ReadonlySet<string> = new Set([
  // Kinds of instrument.
  'act', 'code', 'decision', 'decisions', 'guidance', 'guide', 'guideline', 'guidelines', 'guiding', 'interpretation',
  'interpretations', 'law', 'laws', 'measure', 'measures', 'notice', 'notices', 'opinion', 'opinions', 'ordinance',
  'plan', 'provision', 'provisions', 'regulation', 'regulations', 'rule', 'rules', 'standard', 'standards',
  // Their stage and manner.
  'administrative', 'administration', 'amendment', 'comment', 'comments', 'concerning', 'draft', 'implementation',
  'implementing', 'interim', 'issues', 'management', 'provisional', 'revised', 'revision', 'several', 'trial',
  // Parts of the name of an official body, and of the country.
  'bureau', 'china', 'chinese', 'commission', 'committee', 'council', 'court', 'department', 'general', 'ministry',
  'municipal', 'national', 'office', 'people', 'prc', 'provincial', 'republic', 'state',
]);

export function isCommonTitleWord(term: string): boolean {
  return COMMON_TITLE_WORDS.has(term);
}

/** A year ("2021") qualifies a name loosely: a title without it is still what was meant. */
export function isYear(term: string): boolean {
  return /^(?:19|20)\d{2}$/u.test(term);
}
