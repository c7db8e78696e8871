/** Text clean-up and the keys under which names are compared and merged. */

/** Makes newsletter text uniform without changing what it says. */
export function cleanText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '');
}

const SPELLING: Array<[RegExp, string]> = [
  [/isation/g, 'ization'],
  [/ise\b/g, 'ize'],
  [/ised\b/g, 'ized'],
  [/ising\b/g, 'izing'],
  [/programme/g, 'program'],
  [/centre/g, 'center'],
  [/catalogue/g, 'catalog'],
  [/judgement/g, 'judgment'],
  [/licence/g, 'license'],
];

/** Folds quotes, dashes and case so that spelling variants of one name compare equal. */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const DRAFT_MARKERS =
  /\s*\((?:revised\s+)?(?:draft|exposure draft)(?:\s+(?:for|of)\s+(?:public\s+)?(?:comments?|opinions?|consultation|solicitation of comments))?(?:\s+revision)?\)|\s*\((?:draft\s+)?for\s+(?:public\s+)?comments?\)|^draft\s+|\s+draft$/gi;

/** The title without its "(Draft for Comment)"-style markers. */
export function stripDraftMarkers(title: string): string {
  return title.replace(DRAFT_MARKERS, '').replace(/\s+/g, ' ').trim();
}

export function hasDraftMarker(title: string): boolean {
  DRAFT_MARKERS.lastIndex = 0;
  const found = DRAFT_MARKERS.test(title);
  DRAFT_MARKERS.lastIndex = 0;
  return found;
}

/**
 * The key two names must share to be one entity: case, quotes, spelling (British/American),
 * articles, "PRC"/"of the People's Republic of China" and draft markers do not count.
 */
export function nameKey(name: string): string {
  let key = foldName(stripDraftMarkers(name));
  key = key
    .replace(/["']/g, '')
    .replace(/\bof the people's republic of china\b|\bof the peoples republic of china\b|\bof the prc\b|\bof china\b(?=.*\blaw\b)/g, ' ')
    .replace(/^(?:the\s+)?(?:prc|china's|chinas|chinese)\s+(?=.*\b(?:law|regulations?|code)\b)/, '')
    .replace(/\b(?:the|a|an)\b/g, ' ')
    .replace(/[^\p{L}\p{N}()/+.:-]+/gu, ' ');
  for (const [pattern, replacement] of SPELLING) key = key.replace(pattern, replacement);
  return key.replace(/\s+/g, ' ').trim();
}

/** A stable, URL-safe slug for ids. Long titles are cut at a word boundary. */
export function slugify(name: string, maxLength = 72): string {
  const slug = foldName(name)
    .replace(/['"]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug || 'untitled';
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : maxLength);
}
