/**
 * The names this frame looks for: the bundled dictionary and, once the background has sent
 * them, the user's imported names. The bundled dictionary is decoded on first need, not when
 * the script starts: decoding costs 10-25 ms in a fresh content script, and the script runs in
 * every frame of every page, including pages where highlighting is off and frames (trackers,
 * embeds) that hold no text.
 */
import { benchMeasure } from '../../lib/bench-timing';
import { loadDictionary } from '../../lib/match/load-dictionary';
import type { Matcher } from '../../lib/match/matcher';

export class PageMatchers {
  private bundled: Matcher | undefined;
  private user: Matcher | undefined;

  constructor(private readonly bundledJson: string) {}

  get loaded(): boolean {
    return this.bundled !== undefined;
  }

  /** Decodes the bundled dictionary if that has not happened yet; marks the time it took. */
  get(): readonly Matcher[] {
    if (!this.bundled) {
      const loading = performance.now();
      this.bundled = loadDictionary(JSON.parse(this.bundledJson));
      benchMeasure('tmt-lens:matcher-ready', { start: loading });
    }
    return this.user ? [this.bundled, this.user] : [this.bundled];
  }

  /**
   * Replaces the user's names with a compiled dictionary from the background (unvalidated: the
   * decoder checks it). A corrupt one costs the user's own names, never the bundled ones.
   * Says whether the user's names were or are now present (a rescan is only needed then).
   */
  setUserDictionary(compiled: unknown): boolean {
    const had = this.user !== undefined;
    try {
      this.user = compiled ? loadDictionary(compiled) : undefined;
    } catch {
      this.user = undefined;
    }
    return had || this.user !== undefined;
  }
}
