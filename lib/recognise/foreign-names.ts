/**
 * How an English page ties a name to another jurisdiction: "Japan's …", "the Israeli …" before it,
 * "… of Korea", "… in Hong Kong" after it (lists in lib/knowledge/foreign-jurisdictions.ts).
 */
import { FOREIGN_DEMONYMS, FOREIGN_JURISDICTIONS } from '../knowledge/foreign-jurisdictions';

/** A name as a pattern; its "the" may be capitalised or left out ("The UK's", "UK's"). */
const jurisdictionPattern = (names: readonly string[]) =>
  names.map((name) => name.replace(/[.]/g, '\\.').replace(/^the /, '(?:[Tt]he )?').replace(/ /g, '\\s+')).join('|');
/** "Japan's Cybersecurity Law", "the Israeli Counter-Terrorism Law", "Korea’s …": another country's law. */
export const FOREIGN_BEFORE = new RegExp(`(?:\\b(?:${jurisdictionPattern(FOREIGN_JURISDICTIONS)})['’]s|\\b(?:${jurisdictionPattern(FOREIGN_DEMONYMS)}))\\s+$`);
/** "the Cryptography Law of Japan", "Cybersecurity Law of the Republic of Korea", "Telecom Regulation in Hong Kong". */
export const FOREIGN_AFTER = new RegExp(`^\\s+(?:of|in)\\s+(?:the\\s+)?(?:${jurisdictionPattern(FOREIGN_JURISDICTIONS)})\\b`);
