/**
 * Names too generic to mean one thing. A newsletter's defined short names like
 * (the "Measures") or (the "Draft") refer to one instrument inside that item only; on a
 * web page they could mean anything, so they never become aliases and are never matched.
 */
export const GENERIC_NAMES: string[] = [
  'act', 'announcement', 'catalogue', 'circular', 'code', 'court', 'decision', 'draft', 'draft guideline',
  'draft measures', 'draft regulations', 'guidance', 'guide', 'guideline', 'guidelines', 'guiding opinions',
  'implementation measures', 'implementation rules', 'initiative', 'interpretation', 'law', 'measures',
  'notice', 'opinions', 'outline', 'plan', 'policy', 'procedures', 'programme', 'program', 'provisions',
  'regulation', 'regulations', 'report', 'requirements', 'rules', 'specification', 'standard', 'standards',
  'the court', 'the draft', 'the law', 'the measures', 'the provisions', 'the regulations', 'the rules',
  'working group', 'work programme', 'campaign', 'code of conduct', 'action plan', 'interim measures',
  'administrative measures', 'management measures', 'detailed rules', 'notice on', 'exposure draft',
  'general provisions', 'supplementary provisions', 'security measures', 'legal liabilities', 'first edition',
  'safeguard measures', 'protective measures', 'these measures', 'relevant regulations', 'state regulations',
];

export function isGenericName(name: string): boolean {
  return GENERIC_NAMES.includes(name.trim().toLowerCase().replace(/\s+/g, ' '));
}
