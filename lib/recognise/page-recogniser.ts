/**
 * The recognisers that run on a page's text after the name automaton, in one place so the content
 * script and the tests run the same path: codes keep their acronyms (TC260-PG-20222A is not the
 * TC260), variant titles and typos, case numbers, then short names the page defines, which hold
 * from their definition on (document order) for the rest of the frame's text. One instance per
 * frame; reset it when the page is scanned afresh.
 */
import { MAINLAND_CITIES, PLACES_ZH, PROVINCES } from '../knowledge/chinese-places';
import { PLAN_PERIOD_START } from '../match/plan-period';
import type { Mention } from '../match/types';
import { isWhiteSpace } from '../page/white-space';
import { findAcronymExpansions, type EntryWords } from './acronym-expansions';
import { caseNumberId, caseNumberKey, findCaseNumbers } from './case-numbers';
import { editionCited, type EditionYears } from './cited-editions';
import { findCitedNumbers, withoutMentionsInsideNumbers } from './cited-numbers';
import { findDocumentNumbers, yearsIn } from './document-numbers';
import { findDefinedUses, findDefinitions, type Definition } from './defined-names';
import { PageLocalBodies, type LocalBodyData } from './page-local-bodies';
import { findPinyinNumbers } from './pinyin-numbers';
import { findPageShortTitles, findZhPageShortTitles, NamedTitles } from './page-short-titles';
import { NamedCourts } from './page-court-names';
import { citedAmendment, type Amendments } from './cited-amendments';
import { findVariantTitles, TitleMemo, type VariantMention } from './find-variant-titles';
import { loadTitleTable, type TitleTable, type TitleTableData } from './title-table';
import { PROVISIONAL, phraseSignatureKey } from './title-signature';
import { SentenceCaseTitles } from './sentence-case-titles';
import { findTypeNouns } from './type-nouns';
import { findLowerCaseShortNames } from './lower-case-short-names';
import { TitleWordFilter } from './title-word-filter';
import { FOREIGN_AFTER, FOREIGN_BEFORE } from './foreign-names';
import { withIssuersBeforeTitle } from './issuers-before-title';
import { TakenSpans, type Span } from './taken-spans';
import { linkWordBefore, wordBefore } from './word-before';
import { findZhNearTitles, loadZhNearTitles, type ZhNearTitles, type ZhTitleData } from './zh-near-titles';

/** What the recognisers ship with: the variant-title table and the graph's cases by number. */
export interface RecogniserData extends TitleTableData {
  /** Case number key (case-numbers.ts) → case id. */
  cases: Record<string, string>;
  /** Final instrument id → its draft's id, where the graph keeps them apart. */
  drafts?: Record<string, string>;
  /** The graph's Chinese document titles, for 《titles》 written a character or two apart. */
  zh?: ZhTitleData;
  /** Entries with acronyms → the content words of their English names, for names a page spells out before one. */
  acronymEntries?: EntryWords;
  /** Editions of one standard the graph holds apart: document id → the standard. */
  editions?: Record<string, string>;
  /** Documents by their order or announcement number (document-numbers.ts): key → document id. */
  numbers?: Record<string, string>;
  /** Yearly editions of one series (cited-editions.ts): a year before a title names that edition. */
  editionYears?: EditionYears;
  /** Laws → the decisions amending them (cited-amendments.ts): "the 2025 Amendment of the …" names the decision. */
  amendments?: Amendments;
  /**
   * Signatures of titles other countries' laws bear too (phrase-names.ts): a rendering with one of
   * them ("Law on Personal Data Protection") is China's only on a page about China, as the name is.
   */
  phraseSignatures?: string[];
  /** Chinese document numbers by their pinyin (pinyin-numbers.ts): key → id. */
  pinyinNumbers?: Record<string, string>;
  /** Local bodies by their names without the place (page-local-bodies.ts). */
  localBodies?: LocalBodyData;
}

/** A mention and how it was found, when not by its exact name. */
export interface RecognisedMention extends Mention {
  /**
   * - `variant`: another rendering of the entry's title; `typo`: with one letter wrong;
   * - `defined`: a short name the page defined for it (`matched` is that name);
   * - `case-number`: a case number (the entry may be one the graph does not have: see UNKNOWN_CASE_PREFIX).
   */
  readonly via?: 'variant' | 'typo' | 'defined' | 'case-number';
}

/**
 * Whether a document's or body's English name is tied on the page to another jurisdiction ("Japan's
 * Ministry of Foreign Affairs", "the Ministry of Commerce of Singapore").
 */
function isForeignLaw(mention: Mention, text: string): boolean {
  if (!(mention.id.startsWith('document:') || mention.id.startsWith('authority:')) || mention.matched.charCodeAt(0) >= 0x3400) return false;
  // Cheap looks first: most names have neither a capitalised word nor "of" beside them, and
  // both patterns need white space next to the name.
  if (isWhiteSpace(text.charCodeAt(mention.start - 1))) {
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    if (/[A-Z][\w.'’]*\s+$/.test(before) && FOREIGN_BEFORE.test(before)) return true;
  }
  if (!isWhiteSpace(text.charCodeAt(mention.end))) return false;
  const after = text.slice(mention.end, mention.end + 40);
  return /^\s+(?:of|in)\s/.test(after) && FOREIGN_AFTER.test(after);
}

const INTERIM_BEFORE = /\b(?:Interim|Provisional|Tentative)\s+$/;
/** The word INTERIM_BEFORE ends with, tested first. */
function isInterimWord(word: string | undefined): boolean {
  return word === 'Interim' || word === 'Provisional' || word === 'Tentative';
}

/**
 * "Detailed Rules for the Implementation of the Regulations on …", 《…法实施条例》, "Interpretation of
 * the Notice of the MIIT on …" (an official reading of it): a title inside the title of the rules
 * that implement or explain it names those rules, which the graph does not hold (it would
 * have matched the longer title).
 */
const IMPLEMENTING_BEFORE = /\b(?:(?:Rules|Measures|Provisions|Regulations?)\s+(?:for|on)\s+(?:the\s+)?Implementation\s+of|Implementing\s+(?:Rules|Measures|Provisions|Regulations?)\s+(?:of|for))\s+(?:the\s+)?$/i;
/** Capitalised, as a title's head: "the court's interpretation of the Civil Code" is prose. */
const READING_BEFORE = /\b(?:Interpretation|Explanation)\s+of\s+(?:the\s+)?$/;
const IMPLEMENTING_AFTER = /^(?:实施条例|实施细则|实施办法|实施规定)/;
/**
 * A title goes on after a name: a linking word, then a capitalised word, or a type noun
 * ("Unreliable Entity List Provisions" are the provisions on the list).
 */
const TITLE_GOES_ON = /^\s+(?:(?:for|of|on|in|concerning|regarding|governing)\s+(?:the\s+)?[\p{Lu}\d]|(?:Provisions|Measures|Regulations|Rules|Guidelines|Implementing\s+Regulations|Implementing\s+Rules)\b)/u;
/**
 * "Measures for Data Security Management in the Energy Sector (Trial)": a title that goes on with the
 * sector it is for names that sector's instrument, not the general one its head names.
 */
const SECTOR_AFTER = /^\s+(?:in|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:Sector|Industry|Field|Domain|Area)s?\b/;
/**
 * A title comes before a name: a capitalised type noun and a linking word ("Provisions on
 * Unreliable Entity List" holds the list's name). Read from the type noun, the longer title names
 * its entry when it is one; when it is not, the name stays.
 */
const TITLE_BEFORE = /\b(?:Provisions|Measures|Regulations|Rules|Guidelines|Opinions|Notice|Decision|Announcement|Interpretation)\s+(?:for|of|on|concerning|regarding|governing)\s+(?:the\s+)?$/u;
/** A title read from "Implementation of the …" on: the rules' title cut at its head. */
const IMPLEMENTING_HEAD = /^Implementation\s+of\b/i;

/** Whether a document's name may be part of a longer title around it, which is read again whole. */
function isInsideLongerTitle(mention: Mention, text: string): boolean {
  if (isWhiteSpace(text.charCodeAt(mention.end)) && TITLE_GOES_ON.test(text.slice(mention.end, mention.end + 40))) return true;
  return isWhiteSpace(text.charCodeAt(mention.start - 1)) && TITLE_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start));
}

function isImplementingBefore(before: string): boolean {
  return IMPLEMENTING_BEFORE.test(before) || READING_BEFORE.test(before);
}

/** IMPLEMENTING_BEFORE and READING_BEFORE end with "of" or "for", then perhaps "the". */
function isImplementingLinkWord(word: string | undefined): boolean {
  return word === 'of' || word === 'for';
}

/** 实 (0x5b9e), which every IMPLEMENTING_AFTER form starts with; I or i, which IMPLEMENTING_HEAD starts with. */
const SHI = 0x5b9e;

function isInsideImplementingTitle(mention: Span, text: string): boolean {
  // Each pattern is tried only where its first (or, before the name, last) character is.
  const head = text.charCodeAt(mention.start) | 0x20;
  return (
    (isImplementingLinkWord(linkWordBefore(text, mention.start, true)) && isImplementingBefore(text.slice(Math.max(0, mention.start - 60), mention.start))) ||
    (text.charCodeAt(mention.end) === SHI && IMPLEMENTING_AFTER.test(text.slice(mention.end, mention.end + 4))) ||
    (head === 0x69 && IMPLEMENTING_HEAD.test(text.slice(mention.start, mention.start + 20)))
  );
}

/** A year after a code: the code's edition ("GB/T 22239-2008"). */
const EDITION_AFTER = /^(?:\s?[-–—‐]\s?(?:19|20)\d\d|\.\d)/;
/** "TC260-PG-20222A", "SAC/TC 260": an acronym glued by a hyphen or slash to a code is part of the code. */
const CODE_AFTER = /^[-/](?:[A-Z]{1,6}[-/ ]?)*\d/;
const CODE_BEFORE = /[A-Z0-9]-$/;

/**
 * 工信部信管函〔2020〕164号, 商务部公告2024年第51号, 商务部令2020年第1号, 国务院令第790号, 签署国务院令,: a body's
 * short name at the head of a document or announcement number, or of the word for its decree.
 */
const ZH_DOCUMENT_NUMBER = /^(?:[\u4e00-\u9fff]{0,4}[函发字]\s*[〔[(（]\s*(?:19|20)\d\d|(?:公告|令)\s*(?:19|20)\d\d\s*年\s*第|令\s*(?:第|[,，、。]))/;
/**
 * A character of a body's name after the head body: not where a verb, a conjunction or 的 begins (文化部向国务院申请设立国家版权局,
 * 公安部和国家广播电视总局 are two bodies, not a department of the first).
 */
const NAME_CHARACTER = String.raw`(?:(?!关于|申请|设立|批准|同意|决定|发布|印发|成立|组建|撤销|撤消|要求|部署|指导|联合|会同|和|与|及|的|向|对|将)[\u4e00-\u9fff])`;
/**
 * 公安部第一研究所, 国务院法制办公室, 国务院反垄断委员会, 中共中央政治局, 中共中央宣传部出版局, 国家广播电视总局
 * 网络视听节目管理司, 工业和信息化部办公厅, 最高人民法院研究室, 最高人民法院民一庭, 國務院反壟斷反不正當競爭委員會, 工业和信息化部装备工业发展中心: a body's name at the head of a longer body's
 * name (in either script) is not that body (国务院关于…的通知 is the body, issuing); nor is it before 代表, a deputy
 * of it (全国人大代表). A department ends in 司 or 局, not 公司 (a company) nor 格局, 布局 …; a procuratorate's in
 * 检察厅 (最高检公益诉讼检察厅). A body's plan or report (国务院2025年度立法工作计划, 最高人民法院工作报告) is a document.
 */
const ZH_SUB_BODY = new RegExp(
  String.raw`^(?:(?:\d{4}年度?)?(?:立法工作计划|立法计划|立法规划|工作报告)|[\u4e00-\u9fff]{0,6}?检察[厅廳]|第[一二三四五六七八九十]+研究所|法制办公室|法制办|办公室|辦公室|办公厅|辦公廳|研究所|研究院|研究中心|科学研究院|直属机关|政治局|宣传部|组织部|统战部|政法委|(?:政策)?研究室|代表(?!大会)|[\u4e00-\u9fff]{0,6}?法庭|[民刑][一二三四五六七]庭|(?:行政|知识产权|知產|立案|审判监督|审监|执行)庭|` +
    String.raw`${NAME_CHARACTER}{0,10}?(?:委员会|委員會|领导小组|領導小組|执法机构|執法機構)|${NAME_CHARACTER}{2,8}?中心(?![工任城区]|组(?!织))|${NAME_CHARACTER}{2,8}?(?:(?<!公)司|(?<![格布骗结大开时全当赌饭棋变])局)(?![\u4e00-\u9fff]?[面势限]))`,
);
/**
 * "the Anti-monopoly Commission of the State Council", "the Legislative Affairs Office of the State
 * Council", "National Technical Committee on Cybersecurity of the Standardization Administration of
 * China", "Anti-Monopoly Bureau II of the State Administration for Market Regulation": a body named
 * after "<body noun> (a number) (on …) of the" is part of a longer body's name.
 */
const EN_SUB_BODY_BEFORE = /\b(?:Commission|Committee|Office|Bureau|Department|Group|Secretariat|Institute|Cent(?:er|re)|Academy|Division)(?:\s+(?:I{1,3}|IV|V|VI{1,3}|\d{1,2}))?\s+(?:(?:on|for)\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){1,4})?(?:of|under)\s+(?:the\s+)?$/;
/**
 * "the State Council's Legislative Affairs Office": a body named before "'s" and a body noun is the
 * head of a longer body's name, as with "of the" above.
 */
const EN_SUB_BODY_AFTER = /^['’]s\s+(?:[A-Z][\w-]*\s+){0,5}?(?:Commission|Committee|Office|Bureau|Department|Group|Secretariat|Institute|Cent(?:er|re)|Academy|Division)\b/;
/**
 * "State Council Press Office", "MPS Third Research Institute": a body's name run straight into
 * capitalised words that end in a body noun heads a longer body's name the graph does not hold (it
 * would have matched the whole).
 */
const EN_BODY_RUNS_ON = /^\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Office|Bureau|Department|Secretariat|Institute|Cent(?:er|re)|Academy|Division)\b/;
/**
 * "the administrative department of human resources and social security of the State Council", as
 * translated statutes name a ministry (国务院人力资源社会保障行政部门): the body is part of that description.
 */
const EN_STATUTE_DEPARTMENT_BEFORE = /\bdepartments?\s+(?:for|of|in\s+charge\s+of|responsible\s+for)\s+(?:[a-z][\w-]*,?\s+){1,8}(?:of|under)\s+(?:the\s+)?$/;
/**
 * "Area of Law: Constitution Criminal Law", as law databases tag a document: fields of law, not the
 * instruments that share their names.
 */
const FIELD_OF_LAW_BEFORE = /\b(?:Areas?|Fields?)\s+of\s+Law\s*[:：]\s*(?:[A-Z][\w'’-]*\s+)*$/;

/** A capital A–Z, which the English patterns after a name start with. */
function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isFieldOfLawTag(mention: RecognisedMention, text: string): boolean {
  // Most mentions have no tag line before them: "of Law" is looked for before the pattern.
  if (!mention.id.startsWith('document:')) return false;
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  return before.includes(' of Law') && FIELD_OF_LAW_BEFORE.test(before);
}

/**
 * "PBoC Data Measures", "NMPA AI Guideline", "CAC Measures for …": a body's acronym at the head of a
 * document's name (a short name a page gives it) is part of that name, as a body inside any title is.
 */
const ACRONYM_HEADS_TITLE = /^\s+(?:[A-Z][\w-]*\s+){0,3}(?:Measures|Guidelines?|Rules|Provisions|Regulations|Opinions|Standards?|Guide|Order|Decree)\b(?!\s+(?:of|issued|published|released)\b)/;
/** "State Council Order No. 412": a body before a document's number is part of how it is cited (as 国务院令第412号). */
const EN_NUMBER_AFTER_BODY = /^\s+(?:Order|Decree|Announcement|Circular|Notice)\s+No\.?\s*\d/;
/**
 * "Notice of the State Council on Issuing Several Policies …", "Decision of the State Council on
 * Establishing …": a body between a document's type and its subject is inside that document's title.
 */
const EN_TITLE_HEAD_BEFORE = /\b(?:Decision|Notice|Circular|Opinions?|Provisions|Measures|Regulations|Rules|Interpretation|Reply|Announcement|Guidelines?|Plan)\s+of\s+(?:the\s+)?$/;
const EN_TITLE_SUBJECT_AFTER = /^\s+(?:on|for|concerning|regarding)\s+(?:the\s+)?(?:[A-Z]|Several\b)/;
/**
 * "Interpretation No. 10 [2017] of the Supreme People's Court", "Order No. 12 of the …", "Report on
 * the Work of the Supreme People's Court", "Law of the People's Bank of China": a body after a
 * document's number, or named by the title of its report or of the law on it, is part of the document.
 */
const EN_NUMBERED_DOCUMENT_BEFORE = /\b(?:Interpretation|Reply|Order|Decree|Announcement|Notice|Circular)\s+No\.?\s*\d+(?:\s*[[(]\d{4}[\])])?\s+of\s+(?:the\s+)?$|\bReport\s+on\s+the\s+Work\s+of\s+(?:the\s+)?$|\b(?:Organic\s+)?Law\s+(?:of|on)\s+(?:the\s+)?$/;
/**
 * 网络安全法治, 个人信息保护法制建设, 刑法修正案(七), 出口管制法律环境, 欧盟《人工智能法案》: a law's Chinese
 * name run into 法治 (rule of law), 法制 (legal system), 法律 (the laws of a field), 法案 (a bill, or a
 * foreign act) or the title of an amendment to it names neither the law nor anything the graph holds
 * (an amendment it holds is matched whole; 法案例 is the law's cases).
 * 法制定 is the law being drafted.
 */
const ZH_LAW_RUN_ON = /^(?:治|制(?!定)|修正案|律|案(?![例件]))/;
const HAN = /\p{Script=Han}/u;
/**
 * "the Beijing Municipal Cyberspace Administration", "Shanghai Internet Information Office": a
 * national body's name after a place of China (and "Municipal", "Provincial") is that place's office.
 */
const LOCAL_WORDS = new Set(['Municipal', 'Provincial', ...[...PROVINCES, ...MAINLAND_CITIES].map((place) => place.slice(place.lastIndexOf(' ') + 1))]);
const LOCAL_BEFORE = new RegExp(`\\b(?:${[...PROVINCES, ...MAINLAND_CITIES].join('|')})(?:\\s+(?:Municipal|Provincial))?\\s+$`);
/**
 * 美国商务部, 美国证监会, 日本外交部, 香港證監會, 各国央行: a body's name after another country or place (or
 * "every country", "foreign") is that country's body, not China's.
 */
const ZH_FOREIGN_BEFORE =
  /(?:美国|美國|日本|韩国|韓國|朝鲜|朝鮮|英国|英國|法国|法國|德国|德國|意大利|俄罗斯|俄羅斯|印度|欧盟|歐盟|欧洲|歐洲|香港|澳门|澳門|台湾|台灣|臺灣|新加坡|澳大利亚|澳大利亞|澳洲|加拿大|越南|泰国|泰國|马来西亚|馬來西亞|印尼|各国|各國|外国|外國|该国|該國|他国|他國|美方|日方|欧方|歐方)$/;
/**
 * 北京市网信办, 浙江省市场监管局, 江苏网信办, 各地网信办, 县网信办: the same in Chinese, after a province or
 * city, or a word for the local level.
 */
const ZH_LOCAL_BEFORE = new RegExp(`(?:[\\u4e00-\\u9fff](?:省|市|自治区)|[省市县区]委?|各地|地方|属地|各级|基层|当地|${PLACES_ZH.join('|')})$`);
/** How many years and bodies a page's context keeps. */
const MAX_PAGE_CONTEXT = 200;
/** A draft marker right after a title: （征求意见稿）, (草案), "(Draft for Comment)", with a trial marker before it. */
const DRAFT_AFTER = /^\s*(?:[（(](?:试行|暂行|for trial implementation|trial)[）)]\s*)?[（(]\s*(?:征求意见稿|草案|送审稿|修订草案(?:征求意见稿)?|draft(?:\s+(?:for|of)\s+(?:public\s+)?(?:comments?|opinions?|consultation|solicitation\s+of\s+(?:public\s+)?comments?))?|exposure draft)\s*[）)]/i;

/**
 * A final instrument named with a draft marker after it (perhaps after its closing 》) is its
 * draft, where the graph keeps that draft apart: the span takes the marker. Where it does not, the
 * mention stays the instrument's, as the title table reads a draft title (title-table.ts).
 */
function toDraft(mention: RecognisedMention, text: string, drafts: Record<string, string>): RecognisedMention {
  const draft = drafts[mention.id];
  if (!draft) return mention;
  const next = text.charCodeAt(mention.end);
  const from = mention.end + (next === 0x300b ? 1 : 0);
  const marker = DRAFT_AFTER.exec(text.slice(from, mention.end + 40));
  if (!marker) return mention;
  const end = from + marker[0].length;
  return { start: mention.start, end, id: draft, matched: text.slice(mention.start, end) };
}

/**
 * The text before `start`, as far back as a 《 may be, when a 《 there is still open at `start`;
 * undefined when none is. Run on every Chinese name a page holds: it looks back 40 characters, not
 * through the whole text.
 */
function titleMarksOpenBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  const open = before.lastIndexOf('《');
  return open < 0 || before.lastIndexOf('》') > open ? undefined : before;
}

/**
 * 《中共中央国务院关于…的意见》, 《最高人民法院、最高人民检察院关于…的解释》, 《北京互联网法院…白皮书》,
 * 《最高人民法院工作报告》: a body named inside title marks, with more of the title after it, is part of
 * the title (a title from 关于 on is found on its own), in either script (關於).
 */
function isIssuerInsideTitleMarks(mention: Mention, text: string): boolean {
  if (!mention.id.startsWith('authority:') || mention.matched.charCodeAt(0) < 0x3400) return false;
  if (titleMarksOpenBefore(text, mention.start) === undefined) return false;
  const close = text.indexOf('》', mention.end);
  return close > 0 && close - mention.end <= 80 && TITLE_GOES_ON_ZH.test(text.slice(mention.end, close));
}

/** What follows a body inside title marks when the title goes on: two characters of it, not only a list of more bodies. */
const TITLE_GOES_ON_ZH = /[关關][于於]|[\u4e00-\u9fff]{2}[^、，,]*$/;

/** 非 ("non-"), before a Chinese title, names another instrument. */
const FEI = 0x975e;

/** 法, which every name ZH_LAW_RUN_ON applies to ends with. */
const FA = 0x6cd5;

/**
 * How a title in 《》 may open before the name it holds: with the country (《中华人民共和国…》), with its
 * issuers, whose names end in a body's word (《工业和信息化部关于…》, 《国家知识产权局办公室关于…》,
 * 《中共中央 国务院关于…》), or as the notice that issues it (《…办公厅关于印发浙江省公共数据授权运营管理办法(试行)的通知》).
 */
const ISSUER_OR_COUNTRY_BEFORE = /(?:中华人民共和国|中華人民共和國|[部局院委会會办辦厅廳署行府室组組央处處]|印[发發]|[发發]布|公布|[转轉][发發]|[颁頒]布)$/;

/**
 * 《工信领域数据安全管理办法》 is not the 数据安全管理办法 its last characters name, nor 《关于修改反垄断法的决定》
 * the law: inside the title marks, more title before the name than its issuers or the country makes
 * the marks hold another instrument, which the graph does not know (it would have matched the whole).
 */
function hasOtherTitleBeforeInMarks(mention: Span, text: string): boolean {
  const before = titleMarksOpenBefore(text, mention.start);
  return before !== undefined && !ISSUER_OR_COUNTRY_BEFORE.test(before);
}

/** Years a plan runs, in brackets: (2015-2020年), （2023—2025年）, (2023年—2025年). */
const PERIOD_AFTER = new RegExp(String.raw`^[(（]\s*${PLAN_PERIOD_START}`);

function isOpeningBracket(code: number): boolean {
  return code === 0x28 || code === 0xff08;
}

/** Whether a code unit is an ASCII digit (what \d reads without the u flag). */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether a mention is only part of a longer code or of a longer body's name. Run on every
 * mention of a page, so each pattern is tried only where the character it needs is there.
 */
function isPartOfLongerName(mention: Mention, text: string): boolean {
  if (mention.abbreviation) {
    // Most acronyms stand alone: look at the characters around them before any pattern.
    const next = text.charCodeAt(mention.end);
    const previous = text.charCodeAt(mention.start - 1);
    if (next === 0x20 && isCapital(text.charCodeAt(mention.end + 1)) && ACRONYM_HEADS_TITLE.test(text.slice(mention.end, mention.end + 60))) return true;
    if (next !== 0x2d && next !== 0x2f && previous !== 0x2d) return false;
    return CODE_AFTER.test(text.slice(mention.end, mention.end + 12)) || CODE_BEFORE.test(text.slice(Math.max(0, mention.start - 3), mention.start));
  }
  const { id, matched } = mention;
  if (id.startsWith('document:')) {
    // "GB/T 22239" inside "GB/T 22239-2008" (an edition the graph may not hold, not the latest one) or "GB/T 1" inside "GB/T 1.1".
    if (isDigit(matched.charCodeAt(matched.length - 1)) && EDITION_AFTER.test(text.slice(mention.end, mention.end + 8))) return true;
    // "Interim Measures for the Administration of Internet Advertising" (2016) is not the 2023
    // Measures for the Administration of Internet Advertising: a marker the name lacks names another instrument.
    if (isInterimWord(wordBefore(text, mention.start)?.word) && INTERIM_BEFORE.test(text.slice(Math.max(0, mention.start - 16), mention.start)) && !PROVISIONAL.test(matched)) return true;
    if (matched.charCodeAt(matched.length - 1) === FA && ZH_LAW_RUN_ON.test(text.slice(mention.end, mention.end + 3))) return true;
    // 非横向经营者集中审查指引 (non-horizontal) is not 横向经营者集中审查指引.
    if (text.charCodeAt(mention.start - 1) === FEI && matched.charCodeAt(0) >= 0x3400) return true;
    // 《法治政府建设实施纲要(2015-2020年)》 is not the 2021–2025 outline the name without years matched:
    // the years a plan runs, written right after a title the match stopped short of, name another edition.
    if (matched.charCodeAt(0) >= 0x3400 && isOpeningBracket(text.charCodeAt(mention.end)) && PERIOD_AFTER.test(text.slice(mention.end, mention.end + 16))) return true;
    if (matched.charCodeAt(0) >= 0x3400 && HAN.test(text.charAt(mention.start - 1)) && hasOtherTitleBeforeInMarks(mention, text)) return true;
    if (matched.charCodeAt(0) < 0x3400 && isWhiteSpace(text.charCodeAt(mention.end)) && SECTOR_AFTER.test(text.slice(mention.end, mention.end + 48))) return true;
    return isInsideImplementingTitle(mention, text);
  }
  if (!id.startsWith('authority:')) return false;
  if (matched.charCodeAt(0) < 0x3400) {
    // The pattern ends with "of" or "under", then perhaps "the": most names have neither before them.
    const link = linkWordBefore(text, mention.start);
    if ((link === 'of' || link === 'under') && EN_SUB_BODY_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))) return true;
    if (link === 'of' && EN_NUMBERED_DOCUMENT_BEFORE.test(text.slice(Math.max(0, mention.start - 48), mention.start))) return true;
    if ((link === 'of' || link === 'under') && EN_STATUTE_DEPARTMENT_BEFORE.test(text.slice(Math.max(0, mention.start - 120), mention.start))) return true;
    const next = text.charCodeAt(mention.end);
    // Both patterns go on with a capitalised word: most names are followed by prose ("the MIIT said").
    if (next === 0x20 && isCapital(text.charCodeAt(mention.end + 1)) && (EN_BODY_RUNS_ON.test(text.slice(mention.end, mention.end + 60)) || EN_NUMBER_AFTER_BODY.test(text.slice(mention.end, mention.end + 24)))) return true;
    if (link === 'of' && EN_TITLE_HEAD_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start)) && EN_TITLE_SUBJECT_AFTER.test(text.slice(mention.end, mention.end + 24))) return true;
    if ((next === 0x27 || next === 0x2019) && EN_SUB_BODY_AFTER.test(text.slice(mention.end, mention.end + 80))) return true;
    // "Municipal Internet Information Office" after a city's name earlier in a list of issuers is that city's office too.
    if (link === 'Municipal' || link === 'Provincial') return true;
    return link !== undefined && LOCAL_WORDS.has(link) && LOCAL_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start));
  }
  if (HAN.test(matched)) {
    const after = text.slice(mention.end, mention.end + 16);
    if (matched.length === 2 && !standsAlone(mention, text)) return true;
    const before = text.slice(Math.max(0, mention.start - 8), mention.start);
    return ZH_DOCUMENT_NUMBER.test(after) || ZH_SUB_BODY.test(after) || ZH_LOCAL_BEFORE.test(before) || ZH_FOREIGN_BEFORE.test(before);
  }
  return false;
}

/**
 * 中办 and 国办 are two characters that other words hold by accident (全国办理, 集中办理, 中国办事): a
 * two-character body's name is read where a word can start — after anything but a Chinese
 * character, after a list's joint (中办、国办; 和, 与, 及), a preposition (经, 由, 据, 对 …) or the other office (中办国办) — and
 * not where it runs on into a word (办理, 办公, 办事 …).
 */
const TWO_CHARACTER_START = /(?:^|[^\p{Script=Han}]|[、和与及同暨经由据对向将请报按在]|中办|国办)$/u;
const TWO_CHARACTER_RUN_ON = /^[理公事学案法好成得妥结完件证照]/;

function standsAlone(mention: Span, text: string): boolean {
  return TWO_CHARACTER_START.test(text.slice(Math.max(0, mention.start - 2), mention.start)) && !TWO_CHARACTER_RUN_ON.test(text.slice(mention.end, mention.end + 1));
}

/** What may stand between a standard's dated code and its title: spaces, title marks, brackets, a colon or a dash. */
const CODE_TITLE_GAP = /^[\s《》〈〉“”"'()（）:：,，\-–—]{0,4}$/;
const DATED = /(?:19|20)\d\d$/;

/**
 * Laws named after "the 2025 Amendment of": the amending decision, over the words before it; the
 * year and word ("2025 Amendment") are a short name the page may use from there on (`spelled`).
 */
function withCitedAmendments(mentions: RecognisedMention[], text: string, amendments: Amendments, spelled: Definition[]): RecognisedMention[] {
  let changed: RecognisedMention[] | undefined;
  for (const [index, mention] of mentions.entries()) {
    const cited = citedAmendment(mention, text, amendments);
    if (!cited) continue;
    changed ??= [...mentions];
    changed[index] = { start: cited.start, end: cited.end, id: cited.id, matched: cited.matched, via: 'variant' };
    if (cited.shortName) spelled.push({ name: cited.shortName, id: cited.id, from: cited.end });
  }
  // Words before a mention cover no earlier mention ("… Amendment of the" holds only words).
  return changed ?? mentions;
}

/**
 * A standard's title written beside a dated code of it ("GB/T 35273-2017《信息安全技术 个人信息安全规范》")
 * names that edition, though the title alone names the latest one.
 */
function withCitedEditions(mentions: RecognisedMention[], text: string, editions: Record<string, string>): RecognisedMention[] {
  if (!mentions.some((mention) => editions[mention.id] !== undefined && DATED.test(mention.matched))) return mentions;
  return mentions.map((mention, i) => {
    const standard = editions[mention.id];
    if (standard === undefined || DATED.test(mention.matched)) return mention;
    for (const other of [mentions[i - 1], mentions[i + 1]]) {
      if (!other || other.id === mention.id || editions[other.id] !== standard || !DATED.test(other.matched)) continue;
      const gap = other.start > mention.start ? text.slice(mention.end, other.start) : text.slice(other.end, mention.start);
      if (CODE_TITLE_GAP.test(gap)) return { ...mention, id: other.id };
    }
    return mention;
  });
}

/**
 * "the Standing Committee of the Thirteenth National People's Congress", "… of the PRC National
 * People's Congress", "… of China's National People's Congress": the standing committee.
 */
const STANDING_COMMITTEE_OF_TERM = /Standing Committee of (?:the (?:(?:\d{1,2}(?:st|nd|rd|th)|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth))|PRC|Chinese)|China['’]s)\s+$/i;

function withOrdinalSession(mention: Mention, text: string): Mention {
  if (mention.id !== 'authority:npc' || mention.abbreviation) return mention;
  const before = STANDING_COMMITTEE_OF_TERM.exec(text.slice(Math.max(0, mention.start - 48), mention.start));
  if (!before) return mention;
  const start = mention.start - before[0].length;
  return { ...mention, start, id: 'authority:npc-standing-committee', matched: text.slice(start, mention.end) };
}

export class PageRecogniser {
  private table: TitleTable | undefined;
  private zhTitles: ZhNearTitles | undefined;
  private definitions: Definition[] = [];
  /** The numbers the page gave for titles (among the definitions): what is inside them is part of them. */
  private numbers: Definition[] = [];
  /** The instruments the page has named by an English title, for the short titles it goes on to use: one per id and title words. */
  private named = new NamedTitles();
  /** The courts the page has named with their place, for the kind alone ("the Internet Court"). */
  private courts = new NamedCourts();
  private memo = new TitleMemo();
  private phraseSignatures: Set<string> | undefined;
  private localBodies: PageLocalBodies | undefined;
  private sentenceCase: SentenceCaseTitles | undefined;
  /** Which words can be a title's, remembered for the page: both lower-case readers ask. */
  private titleWords: TitleWordFilter | undefined;
  /** The years the page has written and the bodies it has named, for numbers it writes alone (第61号公告). */
  private pageYears = new Set<string>();
  private pageBodies = new Set<string>();

  private data: RecogniserData | undefined;

  /** Takes the shipped JSON (read on first use: a frame without text never parses it) or the data itself. */
  constructor(private readonly source: RecogniserData | string | undefined) {}

  private loadData(): RecogniserData | undefined {
    if (this.data || this.source === undefined) return this.data;
    this.data = typeof this.source === 'string' ? (JSON.parse(this.source) as RecogniserData) : this.source;
    return this.data;
  }

  /** Forgets the page's definitions (a new page, or a new view of a single-page app). */
  reset(): void {
    this.definitions = [];
    this.numbers = [];
    this.named.clear();
    this.courts.clear();
    this.pageYears.clear();
    this.pageBodies.clear();
  }

  /** Keeps the years and bodies of a stretch for the stretches after it; bounded, since a page can be endless. */
  private notePage(text: string, kept: readonly RecognisedMention[]): void {
    if (this.pageYears.size < MAX_PAGE_CONTEXT) for (const year of yearsIn(text)) this.pageYears.add(year);
    if (this.pageBodies.size < MAX_PAGE_CONTEXT) for (const mention of kept) if (mention.id.startsWith('authority:')) this.pageBodies.add(mention.id);
  }

  /** How many short names the page has defined so far. */
  get definedCount(): number {
    return this.definitions.length;
  }

  /**
   * The mentions of `text` (one stretch of the page, after those before it), given what the
   * automaton found there. Returns them in text order.
   */
  recognise(text: string, automaton: readonly Mention[]): RecognisedMention[] {
    const data = this.loadData();
    const drafts = data?.drafts;
    // One pass over the automaton's mentions (a long page has thousands).
    let kept: RecognisedMention[] = [];
    for (const mention of automaton) {
      if (isPartOfLongerName(mention, text) || isIssuerInsideTitleMarks(mention, text)) continue;
      const read = withOrdinalSession(mention, text);
      kept.push(drafts && read.id.startsWith('document:') ? toDraft(read, text, drafts) : read);
    }
    let added = false;
    const spelled: Definition[] = [];
    let insideOtherTitles: Span[] | undefined;
    if (data) {
      // A case number outranks the names inside it (最高法知民终…: not the court's short name).
      const numbers = findCaseNumbers(text);
      if (numbers.length > 0) kept = kept.filter((mention) => !numbers.some((number) => number.start < mention.end && mention.start < number.end));
      for (const found of numbers) {
        added = true;
        const id = data.cases[caseNumberKey(found.parsed)] ?? caseNumberId(found.parsed);
        kept.push({ start: found.start, end: found.end, id, matched: found.matched, via: 'case-number' });
      }
      if (data.numbers) {
        // The page's bodies for numbers written alone: those kept, not a body inside a longer or foreign name (美国商务部).
        const bodiesHere = kept;
        const bodies = () => [...this.pageBodies, ...bodiesHere.flatMap((mention) => (mention.id.startsWith('authority:') ? [mention.id] : []))];
        const issued = findDocumentNumbers(text, automaton, data.numbers, { years: this.pageYears, bodies });
        for (const found of issued) {
          // The automaton may have read the number whole already (an alias written as the page writes it).
          if (kept.some((mention) => mention.id === found.id && mention.start < found.end && found.start < mention.end)) continue;
          // A title that lists numbers (暂停实施…公告2025年第55号、56号…的决定) holds them: it is the longer name.
          if (kept.some((mention) => mention.id.startsWith('document:') && mention.start <= found.start && found.end <= mention.end && mention.end - mention.start > found.end - found.start)) continue;
          kept = kept.filter((mention) => !(mention.start < found.end && found.start < mention.end));
          added = true;
          kept.push({ start: found.start, end: found.end, id: found.id, matched: found.matched, via: 'variant' });
          // Co-issuers before a number the graph knows are bodies, though the one next to it looked like the head of a number.
          for (const issuer of found.issuers) if (!kept.some((mention) => mention.start === issuer.start)) kept.push(issuer);
        }
      }
      if (data.pinyinNumbers) {
        for (const found of findPinyinNumbers(text, data.pinyinNumbers)) {
          // The number is the document: what it holds ("… Bu …" read as a body, a year) gives way.
          kept = kept.filter((mention) => !(mention.start < found.end && found.start < mention.end));
          added = true;
          kept.push({ ...found, via: 'variant' });
        }
      }
      this.table ??= loadTitleTable(data);
      // A title may name its issuer ("Anti-Monopoly Guide of the Anti-monopoly Commission of the
      // State Council for …"): bodies do not keep a title from being read, and give way to it.
      const bodies = kept.filter((mention) => mention.id.startsWith('authority:'));
      // A short name the title goes on after ("Security Assessment Measures" + " for Outbound Data
      // Transfer") is read again as part of the longer title, and gives way to it when that names an entry.
      const cut = new Set(kept.filter((mention) => mention.id.startsWith('document:') && isInsideLongerTitle(mention, text)));
      const fixed = bodies.length > 0 || cut.size > 0 ? kept.filter((mention) => !mention.id.startsWith('authority:') && !cut.has(mention)) : kept;
      const variants: VariantMention[] = [];
      for (const found of findVariantTitles(text, fixed, this.table, this.memo, bodies)) {
        if (!isInsideImplementingTitle(found, text)) variants.push(found);
        // The title is part of another the graph does not hold ("Interpretation of the Notice of the
        // MIIT on …"): so are the bodies it names, as they are part of any title.
        else (insideOtherTitles ??= []).push(found);
      }
      if (variants.length > 0) {
        const titles = new TakenSpans(variants);
        kept = kept.filter((mention) => !(mention.id.startsWith('authority:') || cut.has(mention)) || !titles.overlaps(mention));
      }
      this.phraseSignatures ??= new Set(data.phraseSignatures);
      for (const found of variants) {
        added = true;
        const phrase = this.phraseSignatures.size > 0 && this.phraseSignatures.has(phraseSignatureKey(found.matched) ?? '');
        kept.push({ start: found.start, end: found.end, id: found.id, matched: found.matched, via: found.via, ...(phrase ? { phrase } : {}) });
      }
      const typeNouns = findTypeNouns(text);
      if (typeNouns.length > 0) {
        this.titleWords ??= new TitleWordFilter(this.table);
        this.sentenceCase ??= new SentenceCaseTitles(this.table, this.titleWords);
        for (const found of this.sentenceCase.find(text, new TakenSpans(kept), typeNouns)) {
          if (isInsideImplementingTitle(found, text)) continue;
          added = true;
          kept.push({ ...found, via: 'variant' });
        }
        for (const found of findLowerCaseShortNames(text, new TakenSpans(kept), this.table, this.titleWords, typeNouns)) {
          added = true;
          kept.push({ ...found, via: 'variant' });
        }
      }
      if (data.acronymEntries && kept.some((mention) => mention.abbreviation)) {
        const taken = new TakenSpans(kept);
        for (const found of findAcronymExpansions(text, kept, data.acronymEntries, (span) => taken.overlaps(span))) {
          added = true;
          kept.push({ ...found, via: 'variant' });
          // The page goes on to use its spelling: it names the entry from here on, as a definition does.
          spelled.push({ name: found.matched, id: found.id, from: found.end });
        }
      }
      if (data.zh && text.includes('《')) {
        this.zhTitles ??= loadZhNearTitles(data.zh);
        const taken = new TakenSpans(kept);
        for (const found of findZhNearTitles(text, this.zhTitles, (span) => taken.overlaps(span))) {
          added = true;
          // A draft of a title the graph holds only as final, written otherwise (非银行支付机构条例(征求意见稿)), is not that final.
          if (found.draft && !data.drafts?.[found.id]) continue;
          const id = (found.draft && data.drafts?.[found.id]) || found.id;
          kept.push({ start: found.start, end: found.end, id, matched: text.slice(found.start, found.end), via: 'variant' });
        }
      }
    }
    // The automaton's mentions come in text order; only what the recognisers added needs sorting in.
    if (added) kept.sort((a, b) => a.start - b.start);
    if (data?.editions) kept = withCitedEditions(kept, text, data.editions);
    const editionYears = data?.editionYears;
    // In place: on most blocks no mention is an edition, and a copy of every block's mentions would be waste.
    if (editionYears) {
      for (let index = 0; index < kept.length; index++) {
        const mention = kept[index]!;
        if (editionYears[mention.id]) kept[index] = { ...mention, id: editionCited(mention.id, text, mention.start, editionYears) };
      }
    }
    kept = kept.filter((mention) => !isForeignLaw(mention, text) && !isFieldOfLawTag(mention, text));
    if (data?.amendments) kept = withCitedAmendments(kept, text, data.amendments, spelled);
    const numbered = findCitedNumbers(text, kept);
    const fresh = [...findDefinitions(text, kept), ...spelled, ...numbered];
    const earlier = this.definitions.map((definition) => ({ ...definition, from: 0 }));
    // Numbers given in earlier text hold from the start of this text, as the definitions do.
    kept = withoutMentionsInsideNumbers(text, kept, [...this.numbers.map((number) => ({ ...number, from: 0 })), ...numbered]);
    this.numbers.push(...numbered);
    if (this.table) {
      // A long page names the same instruments again and again: each is kept once.
      this.named.add(kept);
      const short = findPageShortTitles(text, this.named.byKey, kept, this.table.isCommonWord);
      if (text.includes('《')) short.push(...findZhPageShortTitles(text, this.named.chinese, kept));
      this.courts.add(kept);
      short.push(...this.courts.find(text, kept));
      // A page's Chinese shows in what the automaton found: an English page costs no scan for places.
      if (data?.localBodies && automaton.some((mention) => mention.matched.charCodeAt(0) >= 0x3400)) {
        this.localBodies ??= new PageLocalBodies(data.localBodies);
        const taken = new TakenSpans(kept);
        short.push(...this.localBodies.find(text, (span) => taken.overlaps(span)));
      }
      if (short.length > 0) kept = [...kept, ...short.map((found): RecognisedMention => ({ ...found, via: 'defined' }))].sort((a, b) => a.start - b.start);
    }
    // After the page's short titles have taken the titles as written (from 关于 on): a title's issuers before it are part of it.
    kept = withIssuersBeforeTitle(kept, text);
    this.notePage(text, kept);
    // A body's defined acronym at the head of a document's name ("PBoC Data Measures") is part of that name.
    const uses = findDefinedUses(text, [...earlier, ...fresh], kept).filter(
      (use) => !use.id.startsWith('authority:') || text.charCodeAt(use.end) !== 0x20 || !isCapital(text.charCodeAt(use.end + 1)) || !ACRONYM_HEADS_TITLE.test(text.slice(use.end, use.end + 60)),
    );
    this.definitions.push(...fresh.filter((definition) => !this.definitions.some((known) => known.name === definition.name)));
    const all = uses.length === 0 ? kept : [...kept, ...uses.map((use): RecognisedMention => ({ start: use.start, end: use.end, id: use.id, matched: use.matched, via: 'defined' }))].sort((a, b) => a.start - b.start);
    if (!insideOtherTitles) return all;
    const titles = new TakenSpans(insideOtherTitles);
    return all.filter((mention) => !mention.id.startsWith('authority:') || !titles.overlaps(mention));
  }
}
