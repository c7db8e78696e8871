/**
 * Chinese titles in 《》 that write an entry's Chinese title with a character or two more or less:
 * 《关键信息基础设施保护条例》 for the 关键信息基础设施安全保护条例. The title marks say a title is
 * there; the entry is taken only when it is the one Chinese title of the same kind (the same last
 * two characters: 条例, 办法, 规定 …) that holds the written one in order or is held by it, at most
 * two characters apart, and the written title is long enough to say something (eight characters).
 * 暂行 written where the entry has none, or left out where it has one, names another instrument.
 */
const HAN = /\p{Script=Han}/u;
const STATE_PREFIX = /^中华人民共和国/;
/** Markers after a title: a trial marker, which the title keeps or drops, or a draft's. */
const TRIAL_AFTER = /[(（]\s*(?:试行|暂行)\s*[)）]\s*$/;
const DRAFT_AFTER = /[(（]\s*(?:征求意见稿|草案|送审稿|修订草案(?:征求意见稿)?)\s*[)）]\s*$/;
const MIN_LENGTH = 8;
const MAX_APART = 2;

export interface ZhTitleData {
  ids: string[];
  /** [core of the title (no state prefix, no markers), id index]. */
  titles: Array<[string, number]>;
  /**
   * Traditional forms of the titles' characters, as pairs "TSTS…" (traditional, then simplified),
   * so 《電信業務經營許可證管理辦法》 is compared as 电信业务经营许可证管理办法.
   */
  variants?: string;
}

function coreOf(title: string): { core: string; draft: boolean } {
  let core = title.trim().replace(STATE_PREFIX, '');
  const draft = DRAFT_AFTER.test(core);
  core = core.replace(DRAFT_AFTER, '').replace(TRIAL_AFTER, '').replace(DRAFT_AFTER, '').trim();
  return { core, draft };
}

/**
 * Build time: the graph's Chinese document titles. `charVariants` gives the traditional forms of
 * the titles' characters (lib/build/traditional-chars.ts), where the caller has them.
 */
export function buildZhTitleData(documents: ReadonlyArray<{ id: string; names: readonly string[] }>, charVariants?: (characters: string) => string): ZhTitleData {
  const ids: string[] = [];
  const titles: Array<[string, number]> = [];
  const seen = new Set<string>();
  for (const document of documents) {
    for (const name of document.names) {
      if (!HAN.test(name)) continue;
      const { core } = coreOf(name);
      if (core.length < MIN_LENGTH || seen.has(`${core}\u0000${document.id}`)) continue;
      seen.add(`${core}\u0000${document.id}`);
      if (ids[ids.length - 1] !== document.id) ids.push(document.id);
      titles.push([core, ids.length - 1]);
    }
  }
  if (!charVariants) return { ids, titles };
  return { ids, titles, variants: charVariants([...new Set(titles.map(([core]) => core).join(''))].join('')) };
}

/** Whether `short` is `long` with some characters left out (in order). */
export function isHeldIn(short: string, long: string): boolean {
  let at = 0;
  for (let i = 0; i < long.length && at < short.length; i++) if (long.charCodeAt(i) === short.charCodeAt(at)) at++;
  return at === short.length;
}

/**
 * The words a Chinese short form leaves out of a title: 《深度合成规定》 for the 互联网信息服务深度合成管理规定,
 * 《网络数据条例》 for the 网络数据安全管理条例, 《生成式人工智能暂行办法》 for the 生成式人工智能服务管理暂行办法.
 * Only these: a title that loses a word that says what it covers (儿童, 网络) is another title.
 */
const DROPPABLE_WORDS = ['互联网信息服务', '中华人民共和国', '互联网', '信息服务', '管理', '服务', '安全', '监督', '若干', '工作', '关于', '的', '试行'];
/** A short form shorter than this says too little (《关基条例》 is a name of its own, listed where a source has it). */
const MIN_SHORT_FORM = 5;

/** Whether `run` is made only of droppable words. */
function isDroppable(run: string): boolean {
  if (run.length === 0) return true;
  return DROPPABLE_WORDS.some((word) => run.startsWith(word) && isDroppable(run.slice(word.length)));
}

/** Whether `short` is `long` with only droppable words left out (each character of `short` taken at its first place in `long`). */
function isShortFormOf(short: string, long: string): boolean {
  let at = 0;
  let run = '';
  for (let i = 0; i < long.length; i++) {
    if (at < short.length && long.charCodeAt(i) === short.charCodeAt(at)) {
      if (!isDroppable(run)) return false;
      run = '';
      at++;
    } else run += long.charAt(i);
  }
  return at === short.length && isDroppable(run);
}

export interface ZhNearTitles {
  /** The entry a written title (the text inside 《》) names, and whether it is marked as a draft. */
  identify(written: string): { id: string; draft: boolean } | undefined;
}

export function loadZhNearTitles(data: ZhTitleData): ZhNearTitles {
  const simplified = new Map<string, string>();
  const variants = data.variants ?? '';
  for (let i = 0; i + 1 < variants.length; i += 2) simplified.set(variants[i]!, variants[i + 1]!);
  const fold = (written: string) => (simplified.size === 0 ? written : [...written].map((character) => simplified.get(character) ?? character).join(''));
  const byKind = new Map<string, Array<[string, string]>>();
  for (const [core, index] of data.titles) {
    const id = data.ids[index];
    if (id === undefined) continue;
    const kind = core.slice(-2);
    const ofKind = byKind.get(kind);
    if (ofKind) ofKind.push([core, id]);
    else byKind.set(kind, [[core, id]]);
  }
  return {
    identify(written) {
      const { core, draft } = coreOf(fold(written));
      if (core.length < MIN_SHORT_FORM) return undefined;
      const candidates = byKind.get(core.slice(-2)) ?? [];
      const exact = candidates.find(([title]) => title === core);
      if (exact) return { id: exact[1], draft };
      const one = (isNamed: (title: string) => boolean): string | undefined | null => {
        let named: string | undefined;
        for (const [title, id] of candidates) {
          if (title.includes('暂行') !== core.includes('暂行') || id === named || !isNamed(title)) continue;
          if (named) return null;
          named = id;
        }
        return named;
      };
      const near =
        core.length >= MIN_LENGTH ? one((title) => Math.abs(title.length - core.length) <= MAX_APART && (title.length >= core.length ? isHeldIn(core, title) : isHeldIn(title, core))) : undefined;
      if (near === null) return undefined;
      const named = near ?? one((title) => title.length > core.length && isShortFormOf(core, title));
      return named ? { id: named, draft } : undefined;
    },
  };
}

const TITLE_MARKS = /《([^《》\n]{5,60})》/g;

/** The 《titles》 of `text` that no mention covers and that name an entry; spans are inside the marks. */
export function findZhNearTitles(text: string, titles: ZhNearTitles, isTaken: (span: { start: number; end: number }) => boolean): Array<{ start: number; end: number; id: string; draft: boolean }> {
  const found: Array<{ start: number; end: number; id: string; draft: boolean }> = [];
  if (!text.includes('《')) return found;
  TITLE_MARKS.lastIndex = 0;
  for (let match = TITLE_MARKS.exec(text); match; match = TITLE_MARKS.exec(text)) {
    const span = { start: match.index + 1, end: match.index + 1 + match[1]!.length };
    if (isTaken(span)) continue;
    const named = titles.identify(match[1]!);
    if (named) found.push({ ...span, ...named });
  }
  return found;
}
