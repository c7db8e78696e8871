/**
 * Spellings of one Chinese name: the state prefix of a law's full title is optional, as in
 * 中华人民共和国网络安全法 / 网络安全法. Works on folded text (full-width ASCII already half-width).
 */
import { PLAN_PERIOD_START } from './plan-period';

const STATE_PREFIX = '中华人民共和国';
const LAW_SUFFIX = '法';
/**
 * The State Council's regulations and the state's lists and catalogues take the prefix too
 * (中华人民共和国电信条例, 中华人民共和国两用物项出口管制清单), and a law's implementing rules (中华人民共和国专利法实施细则);
 * a body's 条例 of a place has its place instead.
 */
const STATE_TITLE_SUFFIX = /^(?!.{0,4}(?:省|市|自治区|特别行政区|经济特区))[\u4e00-\u9fff()]{2,}(?:条例|清单|目录|法实施细则)$/;
/** 办法 (measures) also ends in 法 but never takes the state prefix. */
const MEASURES_SUFFIX = '办法';
/**
 * An amendment to a law (刑法修正案(九)) is cited with the law's state prefix too:
 * 中华人民共和国刑法修正案(九). Folded text has half-width brackets already.
 */
const LAW_AMENDMENT = /法修正案(?:\([一二三四五六七八九十]+\))?$/;

/**
 * An issuer before 关于 (最高人民法院关于…的规定, 国务院办公厅关于…的意见): pages often cite the
 * title from 关于 on. Only a long rest is a name on its own.
 */
const ISSUER_BEFORE_ABOUT = /^[\u4e00-\u9fff、 ]{2,30}?(?=关于)/;
const MIN_ABOUT_TITLE = 14;
/** A version or edition after a title (…安全认证规范V2.0, …申报指南(第一版)), which pages keep or drop. */
const EDITION_AFTER_TITLE = /(?:\s*[vV]\d+(?:\.\d+)*|\s*[(（]第[一二三四五六七八九十]+版[)）])$/;

/**
 * A series before a dash (网络安全标准实践指南—个人信息跨境处理活动安全认证规范): pages cite the
 * title after it alone. The standards' 信息安全技术 prefix is left to the names themselves, since
 * 个人信息安全规范 alone is a phrase too.
 */
const SERIES_BEFORE_TITLE = /^[\u4e00-\u9fff]{4,16}(?:指南|实践指南)\s*[—–-]+\s*/;
const MIN_SERIES_TITLE = 8;

/**
 * The years a local plan runs after its title (…行动计划(2025—2027年), …实施方案(2024-2025年)), which
 * pages often leave out when they cite it (《嘉兴市推进“人工智能+”行动计划》). Folded text has half-width
 * brackets. Only a place's plan with a long rest that is not a generic title stands alone: national
 * plans come back under the same title (法治政府建设实施纲要, 金融科技发展规划), and an earlier edition
 * without years would read as the one the graph holds. Other years written after the title name
 * another edition (page-recogniser.ts drops that match).
 */
const PERIOD_AFTER_TITLE = new RegExp(String.raw`\(\s*${PLAN_PERIOD_START}\s*(?:(?:19|20)\d\d|\d\d)\s*年?\s*\)$`);
const MIN_PERIOD_TITLE = 8;

/**
 * The field a title opens with (互联网信息服务算法推荐管理规定): pages cite 《算法推荐管理规定》,
 * 《深度合成管理规定》. Only a rest of some length that names its own subject stands alone
 * (互联网信息服务管理办法 does not become 管理办法).
 */
const FIELD_BEFORE_TITLE = /^互联网信息服务(?=[\u4e00-\u9fff]{6,}$)(?!管理)/;

/**
 * A campaign of a series (清朗·2025年春节网络环境整治, 剑网·…): pages also write the series without the
 * dot, with a space for it, or in quotes (清朗2025年…, 清朗 2025年…, “清朗”·2025年…, “清朗”2025年…).
 * Folded text has the dot as · and the quotes straight. Only a short series name before a long rest.
 */
const SERIES_DOT = /^([\u4e00-\u9fff]{2,4})·([\u4e00-\u9fff0-9"“”—-][^·]{5,})$/;

/**
 * An order number (公安部令第33号, 国务院令第147号): pages also put the number in brackets,
 * 公安部令(第33号), or before the order (第810号国务院令) or inside it (国务院第810号令), or leave out
 * 第 (证监会令82号). Folded text has half-width brackets already.
 */
const ORDER_NUMBER = /^([\u4e00-\u9fff]{2,16}令)(第[0-9一二三四五六七八九十百零〇]+号)$/;

/**
 * Taiwan's words for the internet, networks, artificial intelligence, information, plans, digital and
 * software (網際網路, 網路, 人工智慧, 資訊, 計畫, 數位, 軟體), which folding to simplified characters leaves as
 * 网际网路, 网路, 人工智慧, 资讯, 计画, 数位, 软体: pages in Taiwan and some in Hong Kong write mainland
 * titles with them (電信和網際網路用戶個人信息保護規定, 網路安全法, 生成式人工智慧服務管理暫行辦法,
 * 國家互聯網資訊辦公室, 福建省新型基礎設施建設三年行動計畫).
 */
const TAIWAN_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/互联网/g, '网际网路'],
  [/网络/g, '网路'],
  // 人工智慧 for 人工智能, 資訊 for 信息 (資料 for 数据 only in titles of the state or a mainland place: below).
  [/人工智能/g, '人工智慧'],
  [/信息/g, '资讯'],
  [/计划/g, '计画'],
  [/数字/g, '数位'],
  [/软件/g, '软体'],
];

/**
 * A document number's year in tortoise-shell brackets (国发〔2011〕4号), as the state writes it;
 * pages also use square, round or lenticular brackets: 国发[2011]4号, 国发(2011)4号, 国发【2011】4号.
 */
const NUMBER_YEAR = /〔((?:19|20)\d\d)〕/;
const OTHER_YEAR_BRACKETS: ReadonlyArray<readonly [string, string]> = [
  ['[', ']'],
  ['(', ')'],
  ['【', '】'],
];

function documentNumberSpellings(key: string): string[] {
  if (!NUMBER_YEAR.test(key)) return [];
  return OTHER_YEAR_BRACKETS.map(([open, close]) => key.replace(NUMBER_YEAR, `${open}$1${close}`));
}

/**
 * A title inside a title (关于修改《中华人民共和国网络安全法》的决定): pages mark the inner one with 《》,
 * 〈〉 or plain angle brackets (关于修改<中华人民共和国网络安全法>的决定).
 */
const INNER_TITLE = /^(.+?)[《〈<]([^《》〈〉<>]+)[》〉>](.+)$/;
const INNER_MARKS: ReadonlyArray<readonly [string, string]> = [
  ['《', '》'],
  ['〈', '〉'],
  ['<', '>'],
];

function innerTitleSpellings(key: string): string[] {
  const inner = INNER_TITLE.exec(key);
  if (!inner) return [];
  // The inner law's state prefix is optional too (关于修改《网络安全法》的决定).
  const titles = inner[2]!.startsWith(STATE_PREFIX) && inner[2]!.length > STATE_PREFIX.length + 1 ? [inner[2]!, inner[2]!.slice(STATE_PREFIX.length)] : [inner[2]!];
  return titles.flatMap((title) => INNER_MARKS.map(([open, close]) => `${inner[1]}${open}${title}${close}${inner[3]}`)).filter((spelling) => spelling !== key);
}

/**
 * Taiwan writes 資料 for data (中華人民共和國資料安全法, 江蘇省資料條例), but 資料 is also its own
 * personal-data law's word and an everyday one (資料安全管理辦法 of a Taiwan bank), so it is read for 数据
 * only in a title that begins with the state or has a mainland place among its first words.
 */
const TAIWAN_DATA: readonly [RegExp, string] = [/数据/g, '资料'];
/**
 * A province, city, autonomous region or special economic zone among a title's first words
 * (江苏省, 深圳市, 深圳经济特区, 关于加快北京市…); 市场 (market) is no city, and a place's name has no 数据 in it.
 */
const PLACE_FIRST = /^(?:(?!数据)[\u4e00-\u9fff]){2,6}?(?:省|市(?!场)|自治区|经济特区)/;
const STATE_OR_PLACE_FIRST = new RegExp(`^${STATE_PREFIX}|${PLACE_FIRST.source}`);

/** The key with each of Taiwan's words alone, and with all of them (pages mix them: 國家互聯網資訊辦公室). */
function taiwanSpellings(key: string): string[] {
  const spellings: string[] = [];
  let all = key;
  const words = STATE_OR_PLACE_FIRST.test(key) ? [...TAIWAN_WORDS, TAIWAN_DATA] : TAIWAN_WORDS;
  for (const [word, taiwan] of words) {
    const one = key.replace(word, taiwan);
    if (one !== key) spellings.push(one);
    all = all.replace(word, taiwan);
  }
  if (all !== key) spellings.push(all);
  return spellings;
}

/** Returns the name's own key first, then its variants, without duplicates. */
export function expandZhVariants(folded: string, isGeneric: (key: string) => boolean = () => false): string[] {
  const mainland = [...new Set(mainlandVariants(folded, isGeneric).flatMap((key) => [key, ...documentNumberSpellings(key), ...innerTitleSpellings(key)]))];
  const taiwan = mainland.flatMap(taiwanSpellings);
  return taiwan.length > 0 ? [...new Set([...mainland, ...taiwan])] : mainland;
}

function mainlandVariants(folded: string, isGeneric: (key: string) => boolean): string[] {
  const variants = [...stateVariants(folded, isGeneric)];
  const about = ISSUER_BEFORE_ABOUT.exec(folded);
  if (about && folded.length - about[0].length >= MIN_ABOUT_TITLE) variants.push(folded.slice(about[0].length));
  const field = FIELD_BEFORE_TITLE.exec(folded);
  if (field && !isGeneric(folded.slice(field[0].length))) variants.push(folded.slice(field[0].length));
  const edition = EDITION_AFTER_TITLE.exec(folded);
  const withoutEdition = edition && edition.index >= 6 ? folded.slice(0, edition.index) : folded;
  if (withoutEdition !== folded) variants.push(withoutEdition);
  const period = PERIOD_AFTER_TITLE.exec(folded);
  if (period && period.index >= MIN_PERIOD_TITLE && PLACE_FIRST.test(folded) && !isGeneric(folded.slice(0, period.index))) variants.push(folded.slice(0, period.index));
  const series = SERIES_BEFORE_TITLE.exec(withoutEdition);
  if (series && withoutEdition.length - series[0].length >= MIN_SERIES_TITLE) variants.push(withoutEdition.slice(series[0].length));
  const campaign = SERIES_DOT.exec(folded);
  if (campaign) {
    const [, name = '', rest = ''] = campaign;
    variants.push(`${name}${rest}`, `${name} ${rest}`, `"${name}"·${rest}`, `"${name}"${rest}`);
  }
  const order = ORDER_NUMBER.exec(folded);
  if (order) {
    const [, issuerOrder = '', number = ''] = order;
    variants.push(`${issuerOrder}(${number})`, `${number}${issuerOrder}`, `${issuerOrder.slice(0, -1)}${number}令`, `${issuerOrder}${number.slice(1)}`);
  }
  return [...new Set(variants)];
}

function stateVariants(folded: string, isGeneric: (key: string) => boolean): string[] {
  if (folded.startsWith(STATE_PREFIX)) {
    const core = folded.slice(STATE_PREFIX.length);
    return core.length > 1 && !isGeneric(core) ? [folded, core] : [folded];
  }
  const lawOrAmendment = (folded.endsWith(LAW_SUFFIX) && !folded.endsWith(MEASURES_SUFFIX)) || LAW_AMENDMENT.test(folded) || STATE_TITLE_SUFFIX.test(folded);
  if (lawOrAmendment && folded.length > 1 && !isGeneric(folded)) {
    return [folded, STATE_PREFIX + folded];
  }
  return [folded];
}
