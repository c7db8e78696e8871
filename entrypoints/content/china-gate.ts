/**
 * Holds back the mentions of names other countries share (phrase names such as "Supreme Court",
 * everyday acronyms such as "NDA") until the page shows it is about China
 * (lib/page/china-context.ts): its title or site, a slice of its text, or a mention of a title
 * or a Chinese name. Until then they are kept, not painted, so a page that names China only
 * further down still gets them, once that part is scanned. One gate per frame; a full rescan (a
 * new view of a single-page app) closes it again.
 */
import { isChinaSite, saysChina } from '../../lib/page/china-context';
import type { PaintedMention } from './highlight-index';

/**
 * A page that has shown this many held mentions and nothing about China is not about China:
 * later ones are not kept (an endless feed would otherwise keep its removed nodes alive), so if
 * the page turns to China after all, they are painted only when their blocks change.
 */
const MAX_HELD = 2000;

export class ChinaGate {
  private open = false;
  private held: PaintedMention[] = [];

  /** Starts a page (or a new view of one) afresh, judged first by its title and site. */
  reset(title: string, hostname: string): void {
    this.open = saysChina(title) || isChinaSite(hostname);
    this.held = [];
  }

  /**
   * The mentions to paint now, of a scan of `text`: all of them once the page is about China,
   * with the ones held so far (those whose text is still in the page); otherwise all but the
   * ones that need a page about China, which wait.
   */
  pass(painted: PaintedMention[], text: string): PaintedMention[] {
    if (this.open) return painted;
    if (painted.some((mention) => mention.china === 'shows') || saysChina(text)) {
      this.open = true;
      const released = this.held.filter((mention) => mention.startNode.isConnected);
      this.held = [];
      return released.length > 0 ? released.concat(painted) : painted;
    }
    const now: PaintedMention[] = [];
    for (const mention of painted) {
      if (mention.china !== 'needs') now.push(mention);
      else if (this.held.length < MAX_HELD) this.held.push(mention);
    }
    return now;
  }

  /** Lets go of the held mentions whose text has left the page. */
  dropDetached(): void {
    if (this.held.length > 0) this.held = this.held.filter((mention) => mention.block.isConnected);
  }

  /** Blocks scanned again: their held mentions are replaced by the new scan's. */
  forget(blocks: ReadonlySet<Element>): void {
    if (this.held.length > 0) this.held = this.held.filter((mention) => !blocks.has(mention.block));
  }
}
