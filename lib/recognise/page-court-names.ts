/**
 * Courts a page names in full and then by their kind alone: after "Hangzhou Internet Court", "the
 * Internet Court"; after "Shenzhen Intermediate People's Court", "the Intermediate Court". The kind
 * names the court where the page has named one court of that kind and no other.
 */
import { isWordChar } from '../match/word-char';
import { TakenSpans, type Span } from './taken-spans';

export interface CourtKindMention {
  start: number;
  end: number;
  id: string;
  matched: string;
}

/** The kinds of court a page can go on to name alone. */
const KINDS = String.raw`(?:Internet|Intermediate|Higher|High|Intellectual Property|IP|Maritime|Financial|Railway|District) (?:People['’]s )?Court`;
/** "Hangzhou Internet Court", "Shenzhen Municipal Intermediate People's Court": a place, then the kind. */
const PLACE_FIRST = new RegExp(String.raw`^[A-Z].*? (${KINDS})$`);
/** "Intermediate People's Court of Shenzhen Municipality": the kind, then the place. */
const PLACE_LAST = new RegExp(String.raw`^(${KINDS}) of [A-Z]`);

/** A letter or digit (the matcher's test), or an apostrophe or hyphen inside a name. */
function isNameChar(code: number): boolean {
  return isWordChar(code) || code === 0x27 || code === 0x2019 || code === 0x2d;
}

/** A capitalised word right before: the kind is part of a longer name ("Beijing Internet Court"), unless it is "The". */
const NAME_WORD_BEFORE = /(?:^|[^\w'’-])(?!The\s+$)[A-Z][\w'’-]*\s+$/;

/** "… Court of Foshan": another court's name goes on after the kind. */
const PLACE_AFTER = /^\s+of\s+(?:the\s+)?[A-Z]/;

export class NamedCourts {
  /** Each kind, lower case, with the courts of that kind the page named. */
  private byKind = new Map<string, Set<string>>();
  /** The courts' names as written, read once: a long page names the same court again and again. */
  private seen = new Set<string>();

  add(mentions: readonly { id: string; matched: string }[]): void {
    for (const mention of mentions) {
      if (!mention.id.startsWith('authority:') || !mention.matched.includes('Court')) continue;
      const named = `${mention.id}\u0000${mention.matched}`;
      if (this.seen.has(named)) continue;
      this.seen.add(named);
      const kind = (PLACE_FIRST.exec(mention.matched) ?? PLACE_LAST.exec(mention.matched))?.[1];
      if (!kind) continue;
      for (const written of new Set([kind, kind.replace(/ People['’]s Court$/, ' Court')])) {
        const key = written.toLowerCase();
        const ids = this.byKind.get(key) ?? new Set<string>();
        ids.add(mention.id);
        this.byKind.set(key, ids);
      }
    }
  }

  clear(): void {
    this.byKind.clear();
    this.seen.clear();
  }

  /** The kinds of one named court written in `text`, as whole words, away from the spans already `taken`. */
  find(text: string, taken: readonly Span[]): CourtKindMention[] {
    const found: CourtKindMention[] = [];
    if (this.byKind.size === 0) return found;
    const kinds = [...this.byKind].filter(([, ids]) => ids.size === 1);
    if (kinds.length === 0) return found;
    let busy: TakenSpans | undefined;
    // Every kind ends in "Court" ("court"): look only where that word is, not through a lower-cased copy of the text.
    for (let at = text.indexOf('ourt'); at >= 0; at = text.indexOf('ourt', at + 4)) {
      const end = at + 4;
      const first = text.charCodeAt(at - 1);
      if ((first !== 0x43 && first !== 0x63) || (end < text.length && isNameChar(text.charCodeAt(end)))) continue;
      const window = text.slice(Math.max(0, end - 40), end).toLowerCase();
      for (const [kind, ids] of kinds) {
        if (!window.endsWith(kind)) continue;
        const start = end - kind.length;
        if (start > 0 && isNameChar(text.charCodeAt(start - 1))) continue;
        // Written as a name: its first word capitalised ("the Internet court" too).
        if (!/[A-Z]/.test(text.charAt(start)) || NAME_WORD_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || PLACE_AFTER.test(text.slice(end, end + 30))) continue;
        busy ??= new TakenSpans(taken);
        if (busy.overlaps({ start, end })) continue;
        const [id] = ids;
        found.push({ start, end, id: id!, matched: text.slice(start, end) });
        busy.add({ start, end });
        break;
      }
    }
    return found;
  }
}
