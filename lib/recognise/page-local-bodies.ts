/**
 * A local body as its own city's or province's pages write it: without the place (北京市经济和信息化局
 * as 市经济和信息化局, 四川省公安厅 as 省公安厅, 深圳市政务服务数据管理局 as 市政务服务数据管理局). Such a name
 * is the body of the one place of its level the page names: "我们会同市发展改革委、市经济和信息化局" on a
 * Beijing page is Beijing's bureau. A page that names two cities (or two provinces) leaves it alone, as
 * does a name with more before it than a list's joint (某市公安局, 该市), and a place the graph holds
 * no such body for.
 */
import type { Span } from './taken-spans';

/** Level (省 or 市) and the rest of the name → the places with such a body, and the body's id. */
export type LocalBodyTable = Record<string, Array<[place: string, id: string]>>;

export interface LocalBodyData {
  bodies: LocalBodyTable;
  /** Places of each level the page may name, to tell whether it names only one: 省 → provinces, 市 → cities. */
  places: Record<string, string[]>;
}

export interface LocalBodyMention extends Span {
  id: string;
  matched: string;
}

const HAN = /[\u4e00-\u9fff]/;
/** A place, its level and the body's own name: 北京 · 市 · 经济和信息化局. */
const PLACED_NAME = /^([\u4e00-\u9fff]{2,3}?)(省|市)([\u4e00-\u9fff]{3,})$/;
/** What may stand before a name that leaves out its place: a list's joint, a preposition or 本 (本市, "this city"), not more name (某市, 该市). */
const JOINS = new Set([...'和与及同并、，,；;：:（(“"由经向对在暨至等为从本'.split('')]);
/** Heads of bodies that are not places (国家市场监督管理总局 is no 国家 body of a city). */
const NOT_PLACES = new Set(['国家', '中华', '全国', '中央', '国务']);

/** The table the content script ships, from the graph's local bodies' Chinese names. */
export function buildLocalBodyData(bodies: ReadonlyArray<{ id: string; names: readonly string[] }>, extraPlaces: Record<string, readonly string[]>): LocalBodyData {
  const table: LocalBodyTable = {};
  const places: Record<string, Set<string>> = { 省: new Set(extraPlaces['省']), 市: new Set(extraPlaces['市']) };
  for (const body of bodies) {
    for (const name of body.names) {
      const parts = PLACED_NAME.exec(name);
      if (!parts || NOT_PLACES.has(parts[1]!) || parts[3]!.startsWith('场')) continue;
      const [, place, level, rest] = parts as unknown as [string, string, string, string];
      const key = `${level}${rest}`;
      const entries = (table[key] ??= []);
      if (!entries.some(([known, id]) => known === place && id === body.id)) entries.push([place, body.id]);
      places[level]!.add(place);
    }
  }
  return { bodies: table, places: { 省: [...places['省']!].sort(), 市: [...places['市']!].sort() } };
}

/**
 * Remembers the places a page names, and reads the local bodies it writes without theirs. One per
 * page (frame): a page names its city in its heading and its bureaus further down.
 */
export class PageLocalBodies {
  private named = new Set<string>();
  private readonly byLevel = new Map<string, Array<[string, Array<[string, string]>]>>();

  constructor(private readonly data: LocalBodyData) {
    for (const [key, entries] of Object.entries(data.bodies)) {
      const level = key.charAt(0);
      if (!this.byLevel.has(level)) this.byLevel.set(level, []);
      this.byLevel.get(level)!.push([key, entries]);
    }
    // The longest name first: 市政务服务和数据管理局 before a shorter name it starts with.
    for (const list of this.byLevel.values()) list.sort((a, b) => b[0].length - a[0].length);
  }

  /** Local bodies written without their place in `text`, outside `taken`; `text`'s places are noted first. */
  find(text: string, isTaken: (span: Span) => boolean): LocalBodyMention[] {
    if (!HAN.test(text)) return [];
    for (const level of ['省', '市']) for (const place of this.data.places[level] ?? []) if (!this.named.has(place) && text.includes(place)) this.named.add(place);
    const found: LocalBodyMention[] = [];
    for (const level of ['省', '市']) {
      const candidates = this.byLevel.get(level);
      if (!candidates) continue;
      const namedHere = (this.data.places[level] ?? []).filter((place) => this.named.has(place));
      if (namedHere.length !== 1) continue;
      for (let at = text.indexOf(level); at >= 0; at = text.indexOf(level, at + 1)) {
        const before = text.charAt(at - 1);
        if (at > 0 && HAN.test(before) && !JOINS.has(before)) continue;
        for (const [key, entries] of candidates) {
          if (!text.startsWith(key, at)) continue;
          const entry = entries.find(([place]) => place === namedHere[0]);
          const span = { start: at, end: at + key.length };
          if (entry && !isTaken(span)) found.push({ ...span, id: entry[1], matched: key });
          break;
        }
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
