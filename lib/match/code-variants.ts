/**
 * Spellings of a standard code. Works on folded text, where every dash is already "-" and case is
 * lower: "gb/t 35273-2020" also matches as "gb/t35273-2020" (and the reverse), because
 * newsletters and official sites drop or add the space after the prefix at random.
 */
const PREFIX_AND_NUMBER = /^([a-z]+(?:\/[a-z]+)*) ?(\d.*)$/;

/** Returns the code's own key first, then the other spacing, without duplicates. */
export function expandCodeVariants(folded: string): string[] {
  const parts = PREFIX_AND_NUMBER.exec(folded);
  if (!parts) return [folded];
  const [, prefix = '', number = ''] = parts;
  return [...new Set([folded, `${prefix} ${number}`, `${prefix}${number}`])];
}
