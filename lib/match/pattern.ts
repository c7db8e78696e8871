/**
 * One string the automaton looks for, with the checks a hit must pass before it is a mention.
 * Produced by expandEntry / collectPatterns at compile time.
 */
export interface Pattern {
  /** Folded text (see foldString) that the automaton matches. */
  readonly key: string;
  /** Case-preserving form that the original text must equal (abbreviations), else null. */
  readonly exact: string | null;
  /** The character before the match must not be a letter or digit. */
  readonly boundaryStart: boolean;
  /** The character after the match must not be a letter or digit. */
  readonly boundaryEnd: boolean;
  /** A Chinese name, subject to the exclusion list. */
  readonly zh: boolean;
  /** An exclusion string: it suppresses zh matches it contains and is never reported itself. */
  readonly exclusion: boolean;
  /** A generated variant rather than the entry's own spelling; own spellings win ties. */
  readonly generated: boolean;
}

/** A pattern with the ids it stands for (empty for exclusions). */
export interface PatternWithIds extends Pattern {
  readonly ids: readonly string[];
}
