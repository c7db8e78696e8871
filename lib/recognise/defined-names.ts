/**
 * Short names a page defines for a recognised entry — `… Specifications (the “Certification
 * Guidelines”)`, `(hereinafter referred to as “Twenty Articles on Data”)`, `（以下简称“数据二十条”）`,
 * `… Protection Law (PIPL)` — and their later uses on that page. Citators call this resolving a
 * reference to its antecedent. A short name that is only a type word ("the Measures", "本办法",
 * "《办法》") is too generic to mark and is ignored.
 */
import { TYPE_NOUNS } from '../knowledge/translation-synonyms';
import { TakenSpans } from './taken-spans';
import { SERIES_NUMERAL, signatureOf, typeClassOf } from './title-signature';

export interface Definition {
  /** The short name as the page writes it. */
  name: string;
  id: string;
  /** Offset in the text of the short name in the definition: uses count from there. */
  from: number;
}

export interface DefinedMention {
  start: number;
  end: number;
  id: string;
  matched: string;
  /** The short name, so the card can say "called … on this page". */
  via: 'defined';
}

interface Span {
  start: number;
  end: number;
  id: string;
}

// Closing quotes include “ and ‘: pages often close with the opening glyph (“PI Compliance Audit Rules“).
// An apostrophe between letters is the name's ("Children’s PI Provisions"), not a closing quote.
const QUOTED = String.raw`[“"‘'「『]\s*(?:the\s+)?((?:[^”“"’‘'」』()（）]|(?<=\p{L})[’'](?=\p{L})){2,80}?)\s*[”“"’‘'」』]`;
/** English: (the “X”), (hereinafter referred to as “X”), (collectively, the “X”), (“X”), (X) for an acronym. */
const ENGLISH_DEFINITION = new RegExp(
  String.raw`^\s*[)）》”"’']{0,2}\s*[(（]\s*(?:(?:hereinafter|hereafter)(?:\s+(?:referred\s+to\s+as|called|as))?\s*,?\s*|(?:referred\s+to|known|called)\s+(?:as\s+)?|collectively\s*,?\s*|(?:the\s+)?so-called\s+|also\s+(?:known|referred\s+to)\s+as\s+|or\s+)?(?:the\s+)?` +
    QUOTED +
    // The bracket may go on after an acronym: (“AFSL”, adopted in June 2021, …); after other words it
    // lists terms (“personal information”, “processing”), not a short name.
    String.raw`\s*(?:[)）]|(?<=[A-Z0-9][”"’']?\s*)[,;，；](?!\s*[“"‘']))`,
  'iu',
);
/** `(MOFCOM Announcement No. 61, “Announcement 61”)`: a name and its short name in one bracket, after a comma. */
const IN_BRACKET_DEFINITION = new RegExp(String.raw`^\s*[,，;；]\s*(?:(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?` + QUOTED + String.raw`\s*[)）]`, 'iu');
/** 以下简称 and its forms, in either script: "hereinafter called". */
const HEREINAFTER_ZH = String.raw`以下[简簡]称|以下[简簡]稱|以下称|以下稱|下文[简簡]称|下文[简簡]稱|下称|下稱|[简簡]称|[简簡]稱`;
/** 为 ("as") may follow the word: 以下简称为“《意见》”. */
const AS_ZH = '[为為]?';
/** `(国家税务总局公告2025年第15号,以下简称15号公告)`: the same in Chinese, where the short name may go unquoted up to the bracket's end. */
const IN_BRACKET_CHINESE_DEFINITION = new RegExp(
  String.raw`^\s*[,，;；]\s*(?:${HEREINAFTER_ZH})${AS_ZH}\s*[：:]?\s*[“"「《]{0,2}([^”"」》）)(（,，;；\s][^”"」》）)(（,，;；]{1,15}?)[”"」》]{0,2}\s*[)）]`,
);
const ACRONYM_DEFINITION = /^\s*[”"’']?\s*[(（]\s*(?:or\s+|i\.e\.,?\s+)?([A-Z][A-Za-z0-9&]{1,9}(?:[- ][A-Z0-9]{1,6})?)\s*[)）]/;
/** The type nouns a short title ends with ("GenAI Measures", "Deep Synthesis Provisions"), in the singular where a plural is written too. */
export const SHORT_TITLE_NOUNS: readonly string[] = ['Law', 'Regulation', 'Provisions', 'Measures', 'Rules', 'Guidelines', 'Opinions', 'Notice', 'Decision', 'Plan', 'Standard', 'Catalogue', 'Catalog', 'List', 'Interpretation'];
/** Those of SHORT_TITLE_NOUNS that are also written with an "s". */
export const HAS_PLURAL: ReadonlySet<string> = new Set(['Law', 'Regulation', 'Standard']);
/**
 * A short title in brackets, unquoted, as law-firm pages write them: "… Generative Artificial
 * Intelligence Services (GenAI Measures)", "(the Deep Synthesis Provisions)". Capitalised words
 * ending in a type noun; the type must be the title's own (see findDefinitions).
 */
const SHORT_TITLE_DEFINITION = new RegExp(
  String.raw`^\s*[”"’']?\s*[(（]\s*(?:the\s+)?((?:[A-Z][\p{L}\p{N}'’-]*\s+){1,4}(?:${SHORT_TITLE_NOUNS.map((noun) => (HAS_PLURAL.has(noun) ? `${noun}s?` : noun)).join('|')}))\s*[)）]`,
  'u',
);
/**
 * Chinese: （以下简称“X”） / （以下简称《X》） / （下称“《X》”） / （简称X） / （下文简称“X”） / ——以下简称“X”, after the title or its
 * closing 》; traditional script too (以下簡稱). X may hold a bracket of its own (《条例(草案)》), after a character of its own.
 */
const CHINESE_DEFINITION = new RegExp(
  String.raw`^\s*[》>]?\s*(?:[（(]\s*(?:${HEREINAFTER_ZH}|以下[统統]称|以下[统統]稱)${AS_ZH}\s*[：:]?\s*[“"「《]{0,2}\s*([^”"」》）)(（](?:[^”"」》）)(（]|[(（][^()（）]{1,8}[)）]){0,23}?)\s*[”"」》]{0,2}\s*[）)]|(?:——|，|,)\s*(?:以下[简簡]称|以下[简簡]稱|下称|下稱)${AS_ZH}\s*[：:]?\s*[“"「《]{1,2}([^”"」》）)(（](?:[^”"」》）)(（]|[(（][^()（）]{1,8}[)）]){0,23}?)[”"」》]{1,2})`,
);

const TYPE_WORDS = new Set(TYPE_NOUNS.flat());
/** "… Labour Dispute Cases (II)": the number of one of a series, not a short name for it. */
const SERIES_NUMBER = new RegExp(`^(?:${SERIES_NUMERAL})$`);
const EMPTY_WORDS = new Set(['the', 'this', 'these', 'said', 'above', 'new', 'draft', 'revised', 'amended', 'final', 'current', 'present', 'two', 'three', 'both', 'all', 'such', 'and', 'of', 'for', 'comment', 'comments', 'exposure', 'proposed', 'relevant', 'implementing', 'implementation', 'trial', 'interim']);
const CHINESE_GENERIC = /^(?:本|该|該|此|上述|新)?(?:暂行|暫行|试行|試行|管理|实施|實施|指导|指導|若干|具体|具體)*(?:办法|辦法|规定|規定|条例|條例|法|法律|意见|意見|通知|公告|通告|标准|標準|指南|细则|細則|规则|規則|决定|決定|解释|解釋|方案|规划|規劃|草案|征求意见稿|徵求意見稿|修订草案|修訂草案|意见稿|意見稿|文件|措施|要求|规范|規範|指引)(?:[(（](?:征求意见稿|徵求意見稿|草案|试行|試行)[)）])?$/;

/** A short name that names nothing on its own: type words and "the", "draft", "new" only. */
export function isGenericShortName(name: string): boolean {
  const trimmed = name.trim();
  if (/\p{Script=Han}/u.test(trimmed)) return CHINESE_GENERIC.test(trimmed.replace(/[《》“”"]/g, ''));
  const words = trimmed.toLowerCase().split(/[\s-]+/).filter(Boolean);
  return words.length === 0 || words.every((word) => TYPE_WORDS.has(word) || EMPTY_WORDS.has(word) || /^\d+$/.test(word));
}

/**
 * Whether an acronym in brackets can stand for the English name before it: it starts with the
 * name's first letter, and is not the acronym of the body or country the name ends with. "The State
 * Council of the People's Republic of China (PRC)" defines PRC for the country at the name's end,
 * not for the State Council. Names in Chinese are not checked.
 */
function abbreviates(acronym: string, name: string): boolean {
  const first = /[A-Za-z]/.exec(name.replace(/^\s*the\s+/i, ''));
  if (!first || /\p{Script=Han}/u.test(name)) return true;
  if (first[0].toUpperCase() !== acronym.charAt(0).toUpperCase()) return false;
  // "Central Committee of the Communist Party of China (CPC)": the acronym is the party's, at the name's end.
  const tail = /\b(?:of|for)\s+(?:the\s+)?([^]+)$/.exec(name);
  return !tail || initialsOf(tail[1]!) !== acronym.toUpperCase();
}

/**
 * Whether a quoted short name is words of the country or body the name ends with: "State Council
 * of the People's Republic of China (“China”)" defines the country, not the State Council.
 */
function namesTail(name: string, written: string): boolean {
  const tail = /\b(?:of|for)\s+(?:the\s+)?([^]+)$/.exec(written)?.[1];
  if (!tail) return false;
  const at = tail.toLowerCase().indexOf(name.toLowerCase());
  return at >= 0 && (at === 0 || !/[\p{L}\p{N}]/u.test(tail.charAt(at - 1))) && !/[\p{L}\p{N}]/u.test(tail.charAt(at + name.length));
}

/** The initials of a name's capitalised words: "Communist Party of China" → "CPC". */
function initialsOf(words: string): string {
  return (words.match(/\b[A-Z]/g) ?? []).join('');
}

/**
 * Whether an unquoted short title can stand for the English title before it: their type nouns are
 * of one class ("(GenAI Measures)" for "Interim Measures …", not "(Data Security Law)" after a
 * regulation's title, which is a second citation).
 */
function sameTypeOfTitle(name: string, title: string): boolean {
  if (/\p{Script=Han}/u.test(title)) return false;
  const type = typeClassOf(name.slice(name.lastIndexOf(' ') + 1));
  return type !== undefined && type === signatureOf(title)?.type;
}

/** Whether a bracket opens within a few characters after `at` (past spaces, 》, 」, closing quotes and brackets): most names have none after them. */
export function bracketOpensAfter(text: string, at: number): boolean {
  for (let i = at; i < text.length && i < at + 4; i++) {
    const code = text.charCodeAt(i);
    // A bracket, or a dash or full-width comma before 以下简称 (《…条例》——以下简称“…”).
    if (code === 0x28 || code === 0xff08 || code === 0x2014 || code === 0xff0c) return true;
    if (code !== 0x20 && code !== 0xa0 && code !== 0x300b && code !== 0x300d && code !== 0x201d && code !== 0x22 && code !== 0x29 && code !== 0xff09) return false;
  }
  return false;
}

/** A bracket naming an edition or a stage: (2013 Revision), (Trial), (2019 Amendment). */
const EDITION_BRACKET = /^\s*[(（]\s*(?:(?:19|20)\d\d\s+(?:Revision|Amendment|Edition|Revised|Amended)|(?:for\s+)?Trial(?:\s+Implementation)?|Revised|Amended)\s*[)）]/i;
/** A bracket giving the title in Chinese: "Measures for … (《…管理办法》) (the “PBoC Data Measures”)". */
const CHINESE_TITLE_BRACKET = /^\s*[(（]\s*《[^《》()（）]{2,80}》\s*[)）]/;

/** Whether `at` lies inside a bracket opened shortly before it on the same line. */
function insideBracket(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 120; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x28 || code === 0xff08) return true;
    if (code === 0x29 || code === 0xff09 || code === 0x0a || code === 0) return false;
  }
  return false;
}

/** The definition after a mention: in a bracket that opens after it, or, inside a bracket, after a comma. */
function definitionAfter(text: string, mention: Span): { after: string; match: RegExpExecArray; quoted: boolean; shortTitle: boolean } | undefined {
  const after = text.slice(mention.end, mention.end + 140);
  if (!bracketOpensAfter(text, mention.end)) {
    const inBracket = /^\s*[,，;；]/.test(after) && insideBracket(text, mention.start) ? (IN_BRACKET_DEFINITION.exec(after) ?? IN_BRACKET_CHINESE_DEFINITION.exec(after)) : null;
    return inBracket ? { after, match: inBracket, quoted: true, shortTitle: false } : undefined;
  }
  // "… Law (2013 Revision) (“CPL”)", "… Measures (《…办法》) (“PBoC Data Measures”)": an edition's bracket, or the
  // title in Chinese, may stand between the name and its definition.
  const edition = EDITION_BRACKET.exec(after) ?? CHINESE_TITLE_BRACKET.exec(after);
  const quoted = ENGLISH_DEFINITION.exec(after) ?? CHINESE_DEFINITION.exec(after) ?? (edition ? ENGLISH_DEFINITION.exec(after.slice(edition[0].length)) : null);
  const shortTitle = quoted ? null : SHORT_TITLE_DEFINITION.exec(after);
  const match = quoted ?? shortTitle ?? ACRONYM_DEFINITION.exec(after);
  return match ? { after, match, quoted: quoted !== null, shortTitle: shortTitle !== null } : undefined;
}

/** What joins the titles of a list: 《A》《B》, 《A》、《B》, "A, B and C". */
const LIST_JOINT = /^[》」”"]?\s*(?:[、,，和及与與]|and|&)?\s*(?:the\s+)?[《「“"]?$/;

/**
 * Whether a Chinese short name after the last title of a list names that title: its characters
 * are mostly the title's (个保法 for 个人信息保护法), not a name for the whole list
 * (《网络安全法》《数据安全法》《个人信息保护法》（以下简称“三大基本法”）).
 */
function abbreviatesTitle(name: string, title: string): boolean {
  const characters = [...name].filter((character) => /\p{Script=Han}/u.test(character));
  const shared = characters.filter((character) => title.includes(character)).length;
  return shared * 2 > characters.length;
}

/** The definitions that follow the given mentions in `text`. */
export function findDefinitions(text: string, mentions: readonly Span[]): Definition[] {
  const definitions: Definition[] = [];
  for (const [index, mention] of mentions.entries()) {
    // A definition opens with a bracket right after the name (or its closing 》 or quote), or a comma inside one: most mentions have neither.
    const definition = definitionAfter(text, mention);
    if (!definition) continue;
    const { after, match, quoted, shortTitle } = definition;
    // (“《人脸识别规定》”): the title marks are the page's, not part of the short name.
    const name = (match[1] ?? match[2]!).trim().replace(/^《([^《》]+)》$/, '$1');
    const written = text.slice(mention.start, mention.end);
    if (isGenericShortName(name) || name === written || SERIES_NUMBER.test(name)) continue;
    // "a data protection authority such as CAC (“Data Protection Authority”)": the name is the kind's, not the example's.
    if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start))) continue;
    if (shortTitle && !sameTypeOfTitle(name, written)) continue;
    if (!quoted && !shortTitle && !abbreviates(name, written)) continue;
    if (quoted && namesTail(name, written)) continue;
    const previous = mentions[index - 1];
    const inList = previous !== undefined && previous.end <= mention.start && LIST_JOINT.test(text.slice(previous.end, mention.start));
    if (inList && /\p{Script=Han}/u.test(name) && !abbreviatesTitle(name, written)) continue;
    // The short name in the definition itself names the entry too.
    const from = mention.end + after.indexOf(name, match[0].indexOf(name));
    // "(Data Security Law)" after another law's title is a second citation, not a short name.
    if (shortTitle && mentions.some((other) => other.start < from + name.length && from < other.end)) continue;
    definitions.push({ name, id: mention.id, from });
  }
  return definitions;
}

const EXAMPLE_BEFORE = /\b(?:such\s+as|e\.g\.,?|for\s+example,?|for\s+instance,?)\s+(?:the\s+)?$/i;

/** An acronym of three capitals or more ("UEL", "PIPL", "CSL"). */
const DEFINED_ACRONYM = /^[A-Z][A-Z0-9&]{2,9}$/;

function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code > 0x7f && code < 0x2000;
}

/**
 * Later uses of the definitions in `text` (from each definition's offset; pass 0 for a text that
 * comes after the definitions), not overlapping `taken`. English short names match as written,
 * as whole words; Chinese ones anywhere.
 */
export function findDefinedUses(text: string, definitions: readonly Definition[], taken: readonly { start: number; end: number }[]): DefinedMention[] {
  const found: DefinedMention[] = [];
  if (definitions.length === 0) return found;
  const busy = new TakenSpans(taken);
  const seen = new Set<string>();
  // The longest name first: "PBoC Data Measures" is the measures, not a use of "PBoC" and two words.
  for (const definition of [...definitions].sort((a, b) => b.name.length - a.name.length || a.from - b.from)) {
    // A name defined twice is searched once, from its first definition.
    if (seen.has(definition.name)) continue;
    seen.add(definition.name);
    const chinese = /\p{Script=Han}/u.test(definition.name);
    // An acronym holds in the whole text it is defined in: a headline uses it before the body defines it
    // ("China's New UEL Designations … added to its Unreliable Entity List (UEL)").
    let at = text.indexOf(definition.name, DEFINED_ACRONYM.test(definition.name) ? 0 : Math.max(0, definition.from));
    while (at >= 0) {
      const end = at + definition.name.length;
      const bounded = chinese || ((at === 0 || !isWordChar(text.charCodeAt(at - 1))) && (end >= text.length || !isWordChar(text.charCodeAt(end))));
      if (bounded && !busy.overlaps({ start: at, end })) {
        found.push({ start: at, end, id: definition.id, matched: definition.name, via: 'defined' });
        busy.add({ start: at, end });
      }
      at = text.indexOf(definition.name, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
