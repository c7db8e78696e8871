/**
 * Spellings of one Chinese name: the state prefix of a law's full title is optional, as in
 * 中华人民共和国网络安全法 / 网络安全法. Works on folded text (full-width ASCII already half-width).
 */
const STATE_PREFIX = '中华人民共和国';
const LAW_SUFFIX = '法';
/** 办法 (measures) also ends in 法 but never takes the state prefix. */
const MEASURES_SUFFIX = '办法';

/** Returns the name's own key first, then the variant, without duplicates. */
export function expandZhVariants(folded: string, isGeneric: (key: string) => boolean = () => false): string[] {
  if (folded.startsWith(STATE_PREFIX)) {
    const core = folded.slice(STATE_PREFIX.length);
    return core.length > 1 && !isGeneric(core) ? [folded, core] : [folded];
  }
  if (folded.endsWith(LAW_SUFFIX) && !folded.endsWith(MEASURES_SUFFIX) && folded.length > 1 && !isGeneric(folded)) {
    return [folded, STATE_PREFIX + folded];
  }
  return [folded];
}
