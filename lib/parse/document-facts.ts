/**
 * Collects, while the graph is built, what decides a document's one line and its rank: the
 * sentences about it, where it is first mentioned, what the text calls it and whether several
 * bodies issued it.
 */
import type { ReadItem } from './collect-mentions';
import { aboutRank, mentionedIn } from './entry-facts';
import type { DocumentMention, SentenceMentions, StandardHint } from './extract-item';

const LINE_LIMIT = 320;

interface Line {
  rank: number;
  text: string;
}

export class DocumentFacts {
  private lines = new Map<string, Line>();
  private mentioned = new Map<string, string>();
  private hints = new Map<string, StandardHint>();
  private joint = new Set<string>();
  private local = new Set<string>();
  private byNotice = new Set<string>();

  noteMention(id: string, read: ReadItem, sentence: SentenceMentions, mention: DocumentMention): void {
    if (!this.mentioned.has(id)) this.mentioned.set(id, mentionedIn(read));
    if (mention.standardHint && !this.hints.has(id)) this.hints.set(id, mention.standardHint);
    const rank = aboutRank(sentence, mention);
    if (rank !== undefined) this.noteAbout(id, sentence.sentence.text, rank);
  }

  /** A sentence about the document; the first of the best rank wins. */
  noteAbout(id: string, text: string, rank: number): void {
    const current = this.lines.get(id);
    if (current && current.rank <= rank) return;
    this.lines.set(id, { rank, text: text.length > LINE_LIMIT ? `${text.slice(0, LINE_LIMIT - 3)}…` : text });
  }

  markJoint(id: string): void {
    this.joint.add(id);
  }

  markLocal(id: string): void {
    this.local.add(id);
  }

  markByNotice(id: string): void {
    this.byNotice.add(id);
  }

  isLocal(id: string): boolean {
    return this.local.has(id);
  }

  isByNotice(id: string): boolean {
    return this.byNotice.has(id);
  }

  /** The one line: a sentence about it, else where it was mentioned in passing. */
  lineOf(id: string): string {
    return this.lines.get(id)?.text ?? this.mentioned.get(id) ?? '';
  }

  hintOf(id: string): StandardHint | undefined {
    return this.hints.get(id);
  }

  isJoint(id: string): boolean {
    return this.joint.has(id);
  }
}
