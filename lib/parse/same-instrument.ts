/**
 * Two titles written in one item that name one instrument: a heading and a body that spell a
 * word differently ("Out-of-Automobile" / "Out-of-Car") or use an acronym ("NEV" for "New
 * Energy Vehicle"). Only used within an item, where the context makes the match safe.
 */
function tokens(key: string): string[] {
  return key.split(' ').filter(Boolean);
}

/** Replaces an acronym in `short` with the words of `long` whose initials spell it. */
function expandAcronyms(shortTitle: string, longTitle: string): string {
  const longWords = longTitle.split(/\s+/);
  return shortTitle.replace(/\b[A-Z]{2,6}\b/g, (acronym) => {
    for (let start = 0; start + acronym.length <= longWords.length; start++) {
      const run = longWords.slice(start, start + acronym.length);
      if (run.map((word) => word.charAt(0)).join('') === acronym) return run.join(' ');
    }
    return acronym;
  });
}

export function isSameInstrumentInItem(a: { title: string; key: string }, b: { title: string; key: string }, keyOf: (title: string) => string): boolean {
  if (a.key === b.key) return true;
  const [shorter, longer] = a.title.length <= b.title.length ? [a, b] : [b, a];
  const expanded = keyOf(expandAcronyms(shorter.title, longer.title));
  if (expanded === longer.key) return true;
  const x = tokens(expanded);
  const y = tokens(longer.key);
  if (x.length < 6 || y.length < 6 || x.slice(0, 2).join(' ') !== y.slice(0, 2).join(' ')) return false;
  const setY = new Set(y);
  const common = x.filter((word) => setY.has(word)).length;
  const union = new Set([...x, ...y]).size;
  return common / union >= 0.85;
}
