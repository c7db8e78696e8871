/**
 * Documents cited by their number: an order (令) or an announcement (公告) of one or more bodies,
 * written however the page writes it — 商务部、海关总署公告2025年第10号, 商务部与海关总署发布公告2024年第67号,
 * 公安部令(第33号), "CAC Order No. 12", "Order No. 12 of CAC, MIIT, and MPS", "MOFCOM Announcement
 * No. 10 of 2025". A number belongs to its first issuer's series (a joint MOFCOM and customs
 * announcement is numbered in MOFCOM's series), so the key is that body, the kind, the year and
 * the number. Only numbers the graph's names carry are read: an unknown number names nothing.
 */

export type NumberKind = 'order' | 'announcement';

/** Key of a numbered document: first issuer's id, kind, year ('' for a series without years), number. */
export function documentNumberKey(issuer: string, kind: NumberKind, year: string, number: string): string {
  return `${issuer}|${kind}|${year}|${Number(number)}`;
}

/**
 * 公告2025年第10号, 令第12号, 令(第33号), 2025年第70号公告: a number as pages and the graph's names
 * write it, with a closing bracket only after an opening one. Names carry it at their end ("… 令第 292 号").
 * The last of a list may leave out its 第 (第21号和22号公告); traditional script writes 號; after 公告 or
 * 令 the year's 年 may be left out (商务部公告2025第62号).
 */
const ZH_NUMBER_SOURCE = String.raw`(公告|令)\s*(?:[（(]\s*(?:((?:19|20)\d\d)\s*年?\s*)?第\s*(\d+)\s*[号號]\s*[)）]|(?:((?:19|20)\d\d)\s*年?\s*)?第\s*(\d+)\s*[号號])|(?:((?:19|20)\d\d)\s*年\s*)?第\s*(\d+)\s*[号號]\s*(公告|令)|(?<![\d第])(\d+)\s*[号號]\s*(公告|令)`;
const ZH_NUMBER = new RegExp(ZH_NUMBER_SOURCE, 'g');
const ZH_NUMBER_NAME = new RegExp(`${ZH_NUMBER_SOURCE}$`);

/** Kind, year ('' for none) and number of a ZH_NUMBER match, whichever bracket form it took. */
function zhNumberOf(match: RegExpExecArray): { kind: NumberKind; year: string; number: string } {
  return { kind: kindOf(match[1] ?? match[8] ?? match[10]!), year: match[2] ?? match[4] ?? match[6] ?? '', number: match[3] ?? match[5] ?? match[7] ?? match[9]! };
}

/** Whether a ZH_NUMBER match has its kind after the number (2025年第70号公告, 第21号和22号公告). */
function hasKindAfter(match: RegExpExecArray): boolean {
  return match[8] !== undefined || match[10] !== undefined;
}
const EN_NUMBER_NAME = /\b(Announcement|Bulletin|Order|Decree)\s+No\.?\s*(\d+)(?:\s+of\s+((?:19|20)\d\d))?\b/;
/** How a Chinese body's name ends (总局, 部, 局, 委员会, 署, 院, 办公室, 厅): a title's words end otherwise. */
const BODY_ENDING = /(?:总局|部|局|委员会|委|署|院|办公室|厅)$/;
/** What separates co-issuers in a graph's name (和 is inside 工业和信息化部, so it is none). */
const ZH_SEPARATORS = /[\s、,，]+/;

function kindOf(word: string): NumberKind {
  return word === '令' || word === 'Order' || word === 'Decree' ? 'order' : 'announcement';
}

/**
 * The numbered references among a document's names: key → the document's id. `bodyId` resolves a
 * body's name (Chinese or English, as the graph writes it) to its id.
 */
export function numberKeysOf(names: readonly string[], bodyId: (name: string) => string | undefined): string[] {
  const keys: string[] = [];
  for (const name of names) {
    const zh = ZH_NUMBER_NAME.exec(name);
    if (zh) {
      // The issuers are the run of bodies' names right before the number; the first of them leads.
      // 中华人民共和国 goes first: its 和 is no separator.
      const words = name.slice(0, zh.index).replace(/中华人民共和国/g, ' ').trim().split(ZH_SEPARATORS).filter(Boolean);
      let lead: string | undefined;
      for (let index = words.length - 1; index >= 0; index--) {
        const id = bodyId(words[index]!);
        if (id) {
          lead = id;
          continue;
        }
        // A body the graph does not know leads the run (国家新闻出版广电总局 工业和信息化部令第5号 is numbered
        // in the first body's series): the number is not the known body's.
        if (BODY_ENDING.test(words[index]!)) lead = undefined;
        break;
      }
      const { kind, year, number } = zhNumberOf(zh);
      if (lead) keys.push(documentNumberKey(lead, kind, year, number));
      continue;
    }
    const of = EN_NUMBER_OF_NAME.exec(name);
    if (of) {
      const lead = firstBody(of[2]!, bodyId);
      if (lead) keys.push(documentNumberKey(lead, kindOf(of[1]!), of[4] ?? '', of[3]!));
      continue;
    }
    const en = EN_NUMBER_NAME.exec(name);
    if (!en) continue;
    const after = /^\s+of\s+(?:the\s+)?(.+)$/.exec(name.slice(en.index + en[0].length))?.[1];
    // "Ministry of Commerce and General Administration of Customs Announcement No. 18 of 2025": the first body.
    const lead = firstBody(name.slice(0, en.index).trim(), bodyId) ?? (after ? firstBody(after, bodyId) : undefined);
    if (lead) keys.push(documentNumberKey(lead, kindOf(en[1]!), en[3] ?? '', en[2]!));
  }
  return keys;
}

/** "Order of the State Council No. 745", "Order of SAMR No.66": the issuer between "of" and the number. */
const EN_NUMBER_OF_NAME = /^(Order|Decree|Announcement|Bulletin)\s+of\s+(?:the\s+)?(.+?)\s+No\.?\s*(\d+)(?:\s+of\s+((?:19|20)\d\d))?$/;

/**
 * The first body of a list of co-issuers: the longest start of it that is a body's name, since
 * "and" is inside names too ("Ministry of Industry and Information Technology and MPS").
 */
function firstBody(issuers: string, bodyId: (name: string) => string | undefined): string | undefined {
  const parts = issuers.split(/(\s+(?:and|&)\s+|,\s*)/);
  for (let count = parts.length; count >= 1; count -= 2) {
    const id = bodyId(parts.slice(0, count).join('').trim());
    if (id) return id;
  }
  return undefined;
}

export interface NumberMention {
  start: number;
  end: number;
  id: string;
  matched: string;
  /** The bodies named as its issuers outside its span: they stay mentions of those bodies. */
  issuers: Body[];
}

interface Body {
  start: number;
  end: number;
  id: string;
  matched: string;
}

/** "State Council Decree of the People's Republic of China No. 717": the state's name may stand between the kind and the number. */
const EN_NUMBER = /\b(Announcement|Bulletin|Order|Decree)s?\s+(?:of\s+the\s+People['’]s\s+Republic\s+of\s+China\s+)?(?:\[((?:19|20)\d\d)\]\s+)?Nos?\.\s*(\d+)(?:,?\s+of\s+((?:19|20)\d\d))?/g;

interface ListedNumber {
  match: RegExpExecArray;
  number: string;
}
/** After a number: its year in brackets, then "of" or "by" and a name. */
const ISSUER_NAMED_AFTER = /^\s*(?:[(（]\s*(?:19|20)\d\d\s*[)）])?\s*,?\s*(?:of|by|issued\s+by)\s+(?:the\s+)?[A-Z]/;
/** The number a list names before its last one and its kind (2026年第11号和第12号公告): year, number. */
const ZH_LISTED_BEFORE = /(((?:19|20)\d\d)\s*年\s*)?第\s*(\d+)\s*[号號]\s*[、,，及和与與]\s*$/;
/** A stretch of `text` in the shape of a match, for a number read out of a list (only its text and index are used). */
function matchAt(text: string, start: number, end: number): RegExpExecArray {
  return Object.assign([text.slice(start, end)], { index: start, input: text }) as unknown as RegExpExecArray;
}
/** One more number of a list: 、56号, 、第56号; ", 56", " and 58". */
const ZH_LISTED = /^\s*[、,，及和与與]\s*(?:第\s*)?(\d+)\s*[号號]/;
const EN_LISTED = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(\d+)\b/;
/** The year a list of English numbers ends with: "… and 62 of 2025". */
const EN_LIST_YEAR = /^,?\s+of\s+((?:19|20)\d\d)/;

/** The numbers listed right after `from`, each as a match of its own, and the year an English list ends with. */
function listedAfter(text: string, from: number, listed: RegExp): { list: ListedNumber[]; year?: string; end: number } {
  const list: ListedNumber[] = [];
  let end = from;
  for (let next = listed.exec(text.slice(end, end + 16)); next; next = listed.exec(text.slice(end, end + 16))) {
    // The span starts at 第 or the digits, after the separator.
    const head = next[0].search(/第|\d/);
    const match = matchAt(text, end + head, end + next[0].length);
    list.push({ match, number: next[1]! });
    end += next[0].length;
  }
  const year = list.length > 0 && listed === EN_LISTED ? EN_LIST_YEAR.exec(text.slice(end, end + 12)) : null;
  return { list, year: year?.[1], end: year ? end + year[0].length : end };
}
/** 等七部门, 等部门: "and (N) other departments" after a joint order's lead body. */
const OTHER_DEPARTMENTS_SOURCE = String.raw`等(?:[\d一二三四五六七八九十两]{1,3}个?)?部[门委]`;
/** Between a body and the number: its verb (联合发布, 印发) and co-issuers. */
const ZH_GAP = new RegExp(String.raw`^(?:[\s、,，和与及于了]|联合|发布|印发|颁布|公布|的|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日|近日|日前|今日|昨日|${OTHER_DEPARTMENTS_SOURCE})*$`);
/** 国家互联网信息办公室等七部门令第15号: the lead body and "and N other departments", one name with its number. */
const OTHER_DEPARTMENTS = new RegExp(`^${OTHER_DEPARTMENTS_SOURCE}$`);
/** Between English co-issuers: "and", commas, and acronyms of bodies the graph may not know (GAC). */
const EN_GAP = /^(?:\s|,|and|&|the|['’]s|[A-Z]{2,6}|issued|released|published|promulgated|announced|jointly|its)*$/;

/**
 * The bodies that issued a number: the run of body mentions that ends right before it (Chinese),
 * or before or after it ("… Order No. 12", "Order No. 12 of CAC, MIIT and MPS"); the first leads.
 */
function issuersBefore(text: string, at: number, bodies: readonly Body[], gap: RegExp): Body[] {
  const run: Body[] = [];
  let end = at;
  for (let index = bodies.length - 1; index >= 0; index--) {
    const body = bodies[index]!;
    if (body.end > end) continue;
    if (!gap.test(text.slice(body.end, end))) break;
    run.unshift(body);
    end = body.start;
  }
  return run;
}

function issuersAfter(text: string, from: number, bodies: readonly Body[], ofRead = false): Body[] {
  const of = (ofRead ? /^\s+(?:the\s+)?/ : /^(?:\s+of|,)\s+(?:the\s+)?/).exec(text.slice(from, from + 12));
  if (!of) return [];
  // "(Order No. 15, CAC)": after a comma, only a bracket's last words are the issuers.
  const comma = of[0].startsWith(',');
  const run: Body[] = [];
  let start = from + of[0].length;
  for (const body of bodies) {
    if (body.start < start) continue;
    if (!EN_GAP.test(text.slice(start, body.start))) break;
    run.push(body);
    start = body.end;
  }
  if (comma && !/^\s*[)）]/.test(text.slice(start, start + 4))) return [];
  return run;
}

/**
 * Numbered documents in `text` that the graph knows, given the automaton's mentions there (in text
 * order; its bodies are the issuers). A number written with its single issuer glued to it (商务部公告2024年第51号) takes
 * that issuer into its span; after co-issuers (商务部、海关总署公告…) the span is the number, and
 * the bodies stay bodies.
 */
export function findDocumentNumbers(text: string, mentions: readonly Body[], numbers: Record<string, string>, page: PageContext = NO_PAGE): NumberMention[] {
  const found: NumberMention[] = [];
  // The bodies among the mentions, picked out only where a number is written (most blocks have none).
  let bodyMentions: Body[] | undefined;
  const bodies = () => (bodyMentions ??= mentions.filter((mention) => mention.id.startsWith('authority:')));
  /** The years of the page and of this text, read once and only where a number is written alone. */
  let textYears: ReadonlySet<string> | undefined;
  const read = (match: RegExpExecArray, kind: NumberKind, year: string, number: string, issuers: Body[]) => {
    // "Announcement No. 10 (2025) of the Working Mechanism …": an issuer the graph does not know is named after it.
    const otherIssuer = issuers.length === 0 && ISSUER_NAMED_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 24));
    const lead = issuers[0] ?? (year && !otherIssuer ? issuerNamedElsewhere(numbers, kind, year, number, bodies()) : undefined);
    const id = lead
      ? (numbers[documentNumberKey(lead.id, kind, year, number)] ?? (year ? numbers[documentNumberKey(lead.id, kind, '', number)] : yearlessNumber(numbers, lead.id, kind, number, text, page)))
      : year || otherIssuer || !standsAlone(text, match.index)
        ? undefined
        : numberOfPage(numbers, kind, number, page, (textYears ??= new Set([...page.years, ...yearsIn(text)])));
    if (!id) return;
    // A single issuer right before its number is part of its name: 商务部公告…, "MOFCOM Announcement No. 61".
    const between = lead && issuers.length === 1 && lead.end <= match.index ? text.slice(lead.end, match.index) : undefined;
    const glued = between !== undefined && (/^ ?$/.test(between) || OTHER_DEPARTMENTS.test(between)) ? lead!.start : match.index;
    const end = match.index + match[0].length;
    found.push({ start: glued, end, id, matched: text.slice(glued, end), issuers: issuers.filter((issuer) => issuer.end <= glued || issuer.start >= end) });
  };
  // The numbers listed after one (公告2025年第55号、56号; "Announcements No. 61 and 62 of 2025") share its issuers, kind and year.
  const readList = (list: ListedNumber[], kind: NumberKind, year: string, issuers: Body[]) => {
    for (const listed of list) read(listed.match, kind, year, listed.number, issuers);
  };
  if (text.includes('第')) {
    ZH_NUMBER.lastIndex = 0;
    for (let match = ZH_NUMBER.exec(text); match; match = ZH_NUMBER.exec(text)) {
      const { kind, year: own, number } = zhNumberOf(match);
      // 2026年第11号和第12号公告: the numbers before the last of a list, and their year, are the list's.
      const listed = own || !hasKindAfter(match) ? null : ZH_LISTED_BEFORE.exec(text.slice(Math.max(0, match.index - 24), match.index));
      // A number without 第 is read only as the last of a list (第21号和22号公告).
      if (match[9] !== undefined && !listed) continue;
      const year = own || listed?.[2] || '';
      const head = listed ? match.index - listed[0].length + listed[0].search(/(?:19|20)\d\d|第/) : match.index;
      const issuers = issuersBefore(text, head, bodies(), ZH_GAP);
      if (listed) read(matchAt(text, head, match.index - listed[0].length + listed[0].search(/[号號]/) + 1), kind, year, listed[3]!, issuers);
      read(match, kind, year, number, issuers);
      if (!hasKindAfter(match)) readList(listedAfter(text, match.index + match[0].length, ZH_LISTED).list, kind, year, issuers);
    }
  }
  if (text.includes('号') || text.includes('號')) {
    COLLOQUIAL_NUMBER.lastIndex = 0;
    for (let match = COLLOQUIAL_NUMBER.exec(text); match; match = COLLOQUIAL_NUMBER.exec(text)) {
      // 国务院745号令, 国家网信办12号令: the body glued to the number is its issuer, and part of its name.
      const glued = bodies().find((body) => body.end === match!.index);
      const before = text.charAt(match.index - 1);
      if (!glued && /[\u3400-\u9fff]/.test(before) && !SENTENCE_WORD_BEFORE.test(before)) continue;
      const id = colloquialNumber(numbers, match, text, glued ? [glued.id] : page.bodies(), page);
      const start = glued ? glued.start : match.index;
      const end = match.index + match[0].length;
      if (id) found.push({ start, end, id, matched: text.slice(start, end), issuers: [] });
    }
  }
  if (text.includes('No')) {
    EN_NUMBER.lastIndex = 0;
    for (let match = EN_NUMBER.exec(text); match; match = EN_NUMBER.exec(text)) {
      const end = match.index + match[0].length;
      const { list, year: listYear, end: listEnd } = match[4] === undefined ? listedAfter(text, end, EN_LISTED) : { list: [], year: undefined, end };
      const before = issuersBefore(text, match.index, bodies(), EN_GAP);
      const issuers = before.length > 0 ? before : issuersAfter(text, listEnd, bodies());
      const year = match[2] ?? match[4] ?? listYear ?? '';
      read(match, kindOf(match[1]!), year, match[3]!, issuers);
      readList(list, kindOf(match[1]!), year, issuers);
    }
  }
  if (text.includes(' of ')) {
    EN_NUMBER_OF.lastIndex = 0;
    for (let match = EN_NUMBER_OF.exec(text); match; match = EN_NUMBER_OF.exec(text)) {
      const from = match.index + match[0].length;
      const issuers = issuersAfter(text, from, bodies(), true);
      const last = issuers[issuers.length - 1];
      const number = last ? EN_NUMBER_AFTER.exec(text.slice(last.end, last.end + 24)) : null;
      if (!last || !number) continue;
      const id = numbers[documentNumberKey(issuers[0]!.id, kindOf(match[1]!), number[2] ?? '', number[1]!)];
      const end = last.end + number[0].length;
      // The issuers are inside the span: "Order of the State Council No. 745" is one name.
      if (id) found.push({ start: match.index, end, id, matched: text.slice(match.index, end), issuers: [] });
    }
  }
  return found;
}

/**
 * The graph's numbers read both ways, for numbers a page writes without their year or their
 * issuer: "body|kind|number" → years, and "kind|year|number" → bodies. Built once per table.
 */
interface NumberIndex {
  years: Map<string, string[]>;
  bodies: Map<string, string[]>;
}
const numberIndexes = new WeakMap<Record<string, string>, NumberIndex>();

function numberIndexOf(numbers: Record<string, string>): NumberIndex {
  let index = numberIndexes.get(numbers);
  if (index) return index;
  index = { years: new Map(), bodies: new Map() };
  const note = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const key of Object.keys(numbers)) {
    const [issuer, kind, year, number] = key.split('|') as [string, string, string, string];
    if (year) note(index.years, `${issuer}|${kind}|${number}`, year);
    note(index.bodies, `${kind}|${year}|${number}`, issuer);
  }
  numberIndexes.set(numbers, index);
  return index;
}

/**
 * How the trade calls a body's documents it keeps citing: 2号令, 43号文, 10年2号文 (2010), 15年43号文件
 * (the PBOC's order 〔2010〕第2号 and announcement 〔2015〕第43号). Never after another digit, 第 or a
 * name (ZH_NUMBER reads 令第2号; 该公司2号文 is a company's): only after a word of the sentence (即, 和, 的 …).
 */
const COLLOQUIAL_NUMBER = /(?<![\d第年])(?:((?:19|20)?\d\d)年)?(\d{1,4})[号號](令|文件?)/g;
/** Words of a sentence a colloquial number may follow (即2号令, 和43号文); after any other character it must follow its body. */
const SENTENCE_WORD_BEFORE = /[的即和及与與、为為是了按据據照称稱在以将將对對从從或等]$/;

/**
 * The document a colloquial number names: of its body (glued to it) or else the bodies the page names,
 * the one document of that number (an order for 令; an order or an announcement for 文) in a series
 * without years, or in the year written with it, or else in a year the page gives, where exactly one fits.
 */
function colloquialNumber(numbers: Record<string, string>, match: RegExpExecArray, text: string, bodies: Iterable<string>, page: PageContext = NO_PAGE): string | undefined {
  const written = match[1];
  const year = written === undefined ? undefined : written.length === 4 ? written : `${Number(written) > 50 ? 19 : 20}${written}`;
  const kinds: NumberKind[] = match[3] === '令' ? ['order'] : ['order', 'announcement'];
  const years = year ? new Set([year]) : new Set([...page.years, ...yearsIn(text)]);
  // A series numbered without years (国务院令第745号): the number alone names it, where no year was written.
  return onlyDocumentOf(numbers, bodies, kinds, match[2]!, years, year === undefined);
}

/**
 * The one document of `number` among the bodies' series of the given kinds, in one of `years` (or,
 * with `yearless`, in a series numbered without years); undefined for none or more than one.
 */
function onlyDocumentOf(numbers: Record<string, string>, bodies: Iterable<string>, kinds: readonly NumberKind[], number: string, years: ReadonlySet<string>, yearless = false): string | undefined {
  const index = numberIndexOf(numbers);
  const ids = new Set<string>();
  for (const body of new Set(bodies)) {
    for (const kind of kinds) {
      const unnumbered = yearless ? numbers[documentNumberKey(body, kind, '', number)] : undefined;
      if (unnumbered) ids.add(unnumbered);
      for (const year of index.years.get(`${body}|${kind}|${Number(number)}`) ?? []) {
        if (years.has(year)) ids.add(numbers[documentNumberKey(body, kind, year, number)]!);
      }
    }
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * "Regarding Announcement No. 61 of 2025": a number written without its issuer names a document
 * where the graph holds that number of one body only and the text names that body elsewhere.
 */
function issuerNamedElsewhere(numbers: Record<string, string>, kind: NumberKind, year: string, number: string, bodies: readonly Body[]): Body | undefined {
  const found = numberIndexOf(numbers).bodies.get(`${kind}|${year}|${Number(number)}`);
  if (!found || found.length !== 1) return undefined;
  return bodies.find((body) => body.id === found[0]);
}

/**
 * "MOFCOM Announcement No. 61" without its year: announcements are numbered afresh each year, so
 * the number names a document only where the graph holds one of that body's announcements with it
 * and the text gives that document's year somewhere ("… on 9 October 2025 …").
 */
function yearlessNumber(numbers: Record<string, string>, body: string, kind: NumberKind, number: string, text: string, page: PageContext): string | undefined {
  // Of the years the graph holds the number for, the one the text or the page gives.
  const given = (numberIndexOf(numbers).years.get(`${body}|${kind}|${Number(number)}`) ?? []).filter((year) => text.includes(year) || page.years.has(year));
  return given.length === 1 ? numbers[documentNumberKey(body, kind, given[0]!, number)] : undefined;
}

/**
 * What the page has said before this stretch of it: the years it gave and the bodies it named. A page
 * that tells of MOFCOM's announcements of 9 October 2025 goes on to write "Announcement No. 61" or
 * 第61号公告 alone, as its reader knows whose and which year's.
 */
export interface PageContext {
  /** The years written before this text (this text's own are read here). */
  years: ReadonlySet<string>;
  /**
   * The bodies named before and in this text, as the page recogniser kept them (not 美国商务部); asked
   * for only where a number is written alone, so that most texts cost nothing.
   */
  bodies(): Iterable<string>;
}
const NO_PAGE: PageContext = { years: new Set(), bodies: () => [] };

/** A year as pages write one: 2025年, "9 October 2025", "2025-10-09". */
const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/g;

/** The years written in `text`. */
export function yearsIn(text: string): string[] {
  return [...text.matchAll(YEAR)].map((match) => match[1]!);
}

/**
 * Whether a number's kind word stands without a name before it that could be its issuer: only after
 * a word of the sentence (的, 发布, 根据 …; "issued", "under", "the"), a bracket, a quote or the
 * start — never after a name (浙江省人民政府令, 广州海关第4号令, 该公司第61号公告, "GACC Announcement",
 * "the Provincial Bureau's Announcement"), whose body the graph may not know.
 */
function standsAlone(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at).replace(/\s+$/, '');
  if (before === '') return true;
  const last = before.charAt(before.length - 1);
  if (/[\u3400-\u9fff]/.test(last)) return /(?:的|发布|發布|印发|印發|了|据|據|照|见|見|即|为|為|和|及|与|與|、)$/.test(before);
  if (/[A-Za-z]/.test(last)) return /(?:^|[^A-Za-z'’])[a-z]+$/.test(before);
  return !/['’]$/.test(before);
}

/**
 * A number written with neither issuer nor year (第61号公告, "Announcement No. 35"): the document of
 * the graph with that kind and number whose issuer the page names and whose year it gives, where
 * exactly one does.
 */
function numberOfPage(numbers: Record<string, string>, kind: NumberKind, number: string, page: PageContext, years: ReadonlySet<string>): string | undefined {
  return onlyDocumentOf(numbers, page.bodies(), [kind], number, years);
}

/** "Order of the State Council No. 745", "Decree No. 13 of …" is EN_NUMBER's. */
const EN_NUMBER_OF = /\b(Order|Decree|Announcement|Bulletin)\s+of(?=\s)/g;
const EN_NUMBER_AFTER = /^\s+No\.\s*(\d+)(?:,?\s+of\s+((?:19|20)\d\d))?/;
