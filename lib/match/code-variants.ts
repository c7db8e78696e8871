/**
 * Spellings of a standard code. Works on folded text, where every dash is already "-" and case is
 * lower: "gb/t 35273-2020" also matches as "gb/t35273-2020" (and the reverse), because
 * newsletters and official sites drop or add the space after the prefix at random; as "gbt
 * 35273-2020", as file names and some pages write it; and with the year set off by a spaced dash,
 * "gb/t 35273 - 2020".
 */
const PREFIX_AND_NUMBER = /^([a-z]+(?:\/[a-z]+)*) ?(\d.*)$/;
/** The year of an edition after a hyphen, at the code's end. */
const YEAR_AFTER_HYPHEN = /-((?:19|20)\d\d)$/;
/** A national or sector prefix with its one-letter kind (GB/T, GB/Z, YD/T, JR/T, GM/T), which pages also write without the slash. */
const KIND_PREFIX = /^[a-z]{2,3}\/[a-z]$/;

/** Returns the code's own key first, then the other spellings, without duplicates. */
export function expandCodeVariants(folded: string): string[] {
  const parts = PREFIX_AND_NUMBER.exec(folded);
  if (!parts) return [folded];
  const [, prefix = '', number = ''] = parts;
  const prefixes = KIND_PREFIX.test(prefix) ? [prefix, prefix.replace('/', '')] : [prefix];
  const numbers = YEAR_AFTER_HYPHEN.test(number) ? [number, number.replace(YEAR_AFTER_HYPHEN, ' - $1')] : [number];
  const spellings = [folded];
  for (const written of prefixes) for (const digits of numbers) spellings.push(`${written} ${digits}`, `${written}${digits}`);
  return [...new Set(spellings)];
}
