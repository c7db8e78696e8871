/**
 * How English pages write one PRC court's name: a high court is "Guangdong High People's Court",
 * "Guangdong Higher People's Court", "Guangdong Provincial High People's Court", "High People's
 * Court of Guangdong Province" or "Guangdong High Court"; an intermediate court "Shenzhen
 * Intermediate People's Court", "Intermediate People's Court of Shenzhen Municipality" or
 * "Intermediate Court of Shenzhen". The court's level (高级/中级) and its
 * place are what the name says; the order of the words and the translation of 高级 are the
 * translator's. Courts of other levels (internet, IP, district courts) are left as the graph names them.
 */

const LEVELS = { high: ['High', 'Higher'], intermediate: ['Intermediate'] } as const;
type Level = keyof typeof LEVELS;

const NOT_DIVISION = String.raw`(?!(?:Province|Provincial|Municipality|Municipal|City|Autonomous)\b)`;
const PLACE = String.raw`${NOT_DIVISION}[A-Z][a-z]+(?: ${NOT_DIVISION}[A-Z][a-z]+)?`;
const DIVISION = String.raw`(?: (?:Province|Municipality|City|Autonomous Region))?`;
const PLACE_FIRST = new RegExp(String.raw`^(${PLACE})(?: (?:Provincial|Municipal))? (High|Higher|Intermediate) People['’]s Court$`);
const PLACE_LAST = new RegExp(String.raw`^(High|Higher|Intermediate) People['’]s Court of (${PLACE})${DIVISION}$`);
const ADJECTIVES = ['', 'Provincial ', 'Municipal '];
const DIVISIONS = ['', ' Province', ' Municipality', ' City'];

function levelOf(word: string): Level {
  return word === 'Intermediate' ? 'intermediate' : 'high';
}

/** Other renderings of a high or intermediate court's English name; [] for any other name. */
export function courtNameVariants(name: string): string[] {
  const first = PLACE_FIRST.exec(name);
  const last = first ? null : PLACE_LAST.exec(name);
  if (!first && !last) return [];
  const place = first ? first[1]! : last![2]!;
  // "Beijing Fourth Intermediate People's Court" names one of several courts: its place is not enough.
  if (/\b(?:First|Second|Third|Fourth|No)\b/.test(place)) return [];
  const level = levelOf(first ? first[2]! : last![1]!);
  const variants = new Set<string>();
  for (const word of LEVELS[level]) {
    // One apostrophe: the matcher folds ’ to ' (fold-char.ts). "Shenzhen Intermediate Court",
    // "Intermediate Court of Hangzhou": pages leave out "People's" too.
    for (const court of [`${word} People's Court`, `${word} Court`]) {
      for (const adjective of ADJECTIVES) variants.add(`${place} ${adjective}${court}`);
      for (const division of DIVISIONS) variants.add(`${court} of ${place}${division}`);
    }
  }
  variants.delete(name.replace(/’/g, "'"));
  return [...variants];
}
