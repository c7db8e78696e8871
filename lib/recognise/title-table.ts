/**
 * The variant-title table: every document title of the graph by its signature (title-signature.ts),
 * built at build time and shipped beside the compiled dictionary. A signature two entries share
 * is left out, so a variant never picks one of two instruments at random; a draft and its final
 * version are kept apart by the draft flag.
 */
import { signatureKey, signatureOf, undatedSignatureOf, type TitleSignature } from './title-signature';

/**
 * A signature needs two content words, or one long one ("Anti-Espionage Law"): "Security Law"
 * says too little to be recognised.
 */
const MIN_SIGNATURE_WORDS = 2;
const MIN_SINGLE_WORD_LENGTH = 10;

export function isDistinctive(signature: TitleSignature): boolean {
  return signature.words.length >= MIN_SIGNATURE_WORDS || (signature.words.length === 1 && signature.words[0]!.length >= MIN_SINGLE_WORD_LENGTH);
}

/**
 * A page may leave one word of a long title out, or add one to it ("Measures for Labelling AI-Generated Content" for
 * the "… AI-Generated and Synthetic Content" measures; "Measures for the Certification of Personal
 * Information Protection for Overseas Transfers"): a title of at least this many content words is
 * also found without one of them, or with one more, when no other title is found that way.
 */
const MIN_WORDS_WITH_ONE_LEFT_OUT = 4;
/**
 * A three-word title is also found without one of its words when that word is one most titles
 * have and a word few have stays: "Generative AI Measures" (… Services), "Law Against
 * Telecommunication Fraud" (… and Online Fraud), "Minors Protection Regulations" (… Online). Not
 * "Cybersecurity Measures" for the cybersecurity review measures, nor "Data Security Regulations"
 * for the network data security regulations: what stays says too little.
 */
const SHORT_TITLE_WORDS = 3;
/** A word is common when at least this share of the table's titles have it (network, information, security, service, data …). */
const COMMON_WORD_SHARE = 1 / 12;

/**
 * Words that narrow a title to its own regime, so that the title without them names a broader
 * instrument, not this one: "Personal Information Identification Guide" is not the sensitive
 * personal information guide, nor "Data Catalogue" the important data catalogue. Folded as in a
 * signature (minors → minor).
 */
const NARROWING_WORDS = new Set(['sensitive', 'important', 'core', 'critical', 'minor', 'child', 'children', 'outbound', 'generative']);

/** In a row of the table: no entry has the title; several final (or draft) entries share it. */
const NONE = -1;
const AMBIGUOUS = -2;

/** Every key of `byKey` with one of its words left out → the ids it names; a key two titles give is ambiguous. */
function leaveOneWordOut(byKey: ReadonlyMap<string, readonly [number, number]>, isCommon: (word: string) => boolean): Map<string, readonly [number, number]> {
  const shorter = new Map<string, [number, number]>();
  const merge = (into: number, from: number) => (from === NONE || into === from ? into : into === NONE ? from : AMBIGUOUS);
  for (const [key, [final, draft]] of byKey) {
    const [type, words = '', marker] = key.split(':');
    const list = words.split(' ');
    const short = list.length === SHORT_TITLE_WORDS;
    if (list.length < MIN_WORDS_WITH_ONE_LEFT_OUT && !short) continue;
    for (let i = 0; i < list.length; i++) {
      if (NARROWING_WORDS.has(list[i]!)) continue;
      if (short && (!isCommon(list[i]!) || list.every((word, j) => j === i || isCommon(word)))) continue;
      const rest = [...list.slice(0, i), ...list.slice(i + 1)].join(' ');
      const shortKey = `${type}:${rest}${marker ? `:${marker}` : ''}`;
      const known = shorter.get(shortKey);
      shorter.set(shortKey, known ? [merge(known[0], final), merge(known[1], draft)] : [final, draft]);
    }
  }
  for (const [key, [final, draft]] of shorter) {
    if (final === AMBIGUOUS || draft === AMBIGUOUS) shorter.delete(key);
  }
  return shorter;
}

/** The content words of a table key ("measures:ai generative service:p" → "ai generative service"). */
function wordsOfKey(key: string): string {
  return key.split(':')[1] ?? '';
}

/** Whether a word is one that many of the table's titles have. */
function commonWords(byKey: ReadonlyMap<string, unknown>): (word: string) => boolean {
  // A marked title is in the table with and without its marker: its words count once.
  const titles = new Set([...byKey.keys()].map(wordsOfKey));
  const titlesWith = new Map<string, number>();
  for (const words of titles) for (const word of new Set(words.split(' '))) titlesWith.set(word, (titlesWith.get(word) ?? 0) + 1);
  const least = Math.max(2, titles.size * COMMON_WORD_SHARE);
  return (word) => (titlesWith.get(word) ?? 0) >= least;
}

/** The shipped form: keys (signature without the draft flag) → index of the id, for finals and drafts. */
export interface TitleTableData {
  version: 1;
  ids: string[];
  /** [key, final id index, draft id index]; an index is -1 where no entry has the title and -2 where several do. */
  titles: Array<[string, number, number]>;
}

export interface TitleSource {
  id: string;
  names: readonly string[];
  draft: boolean;
}

type Owners = Map<string, { final: Set<string>; draft: Set<string> }>;

function addOwner(owners: Owners, key: string, id: string, draft: boolean): void {
  const entry = owners.get(key) ?? { final: new Set<string>(), draft: new Set<string>() };
  (draft ? entry.draft : entry.final).add(id);
  owners.set(key, entry);
}

/**
 * A list or catalogue issued in yearly editions (the negative list for foreign investment, 2021 and
 * 2024) and cited without its year is the latest edition the graph holds, as an undated reference
 * is: among a title's finals that are all dated editions, only the latest keeps the title.
 */
function keepLatestEditions(owners: Owners, years: ReadonlyMap<string, ReadonlyMap<string, number>>): void {
  for (const [key, { final, draft }] of owners) {
    const dated = years.get(key);
    if (final.size < 2 || !dated || ![...final].every((id) => dated.has(id))) continue;
    const latestYear = Math.max(...[...final].map((id) => dated.get(id)!));
    const latest = [...final].filter((id) => dated.get(id) === latestYear);
    if (latest.length === 1) owners.set(key, { final: new Set(latest), draft });
  }
}

export function buildTitleTable(sources: readonly TitleSource[]): TitleTableData {
  const owners: Owners = new Map();
  /** Keys of marked titles with the marker dropped. */
  const unmarked: Owners = new Map();
  /** Title key → entry id → the year of the edition its title names. */
  const years = new Map<string, Map<string, number>>();
  for (const source of sources) {
    for (const name of source.names) {
      const signature = signatureOf(name);
      if (!signature || !isDistinctive(signature)) continue;
      const draft = source.draft || signature.draft;
      addOwner(owners, signatureKey(signature), source.id, draft);
      // A dated edition is also filed under its title without the year, where the latest edition keeps it.
      const undated = undatedSignatureOf(signature);
      if (undated) {
        const key = signatureKey(undated.signature);
        addOwner(owners, key, source.id, draft);
        if (!draft) {
          const dated = years.get(key) ?? new Map<string, number>();
          dated.set(source.id, Math.max(undated.year, dated.get(source.id) ?? 0));
          years.set(key, dated);
        }
      }
      // A marked title is also found without its marker; an unmarked one never with it.
      if (signature.provisional) addOwner(unmarked, signatureKey({ ...signature, provisional: false }), source.id, draft);
    }
  }
  // A title as an entry writes it outranks another's with its marker dropped: the 2010 "Interim
  // Measures for the Administration of Online Games" is found as "Measures for …" only where no
  // entry (not even a draft) is titled "Measures for the Administration of Online Games".
  for (const [key, entry] of unmarked) if (!owners.has(key)) owners.set(key, entry);
  keepLatestEditions(owners, years);
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const idIndex = (owners: ReadonlySet<string>): number => {
    if (owners.size === 0) return NONE;
    if (owners.size > 1) return AMBIGUOUS;
    const id = [...owners][0]!;
    let index = indexOf.get(id);
    if (index === undefined) {
      index = ids.length;
      ids.push(id);
      indexOf.set(id, index);
    }
    return index;
  };
  const titles: Array<[string, number, number]> = [];
  for (const [key, { final, draft }] of [...owners].sort(([a], [b]) => a.localeCompare(b))) {
    // A title two finals share is kept when one draft has it: a page that writes it without
    // "draft" names one of the finals, which one is unknown, so it must not fall back to the draft.
    if (final.size !== 1 && draft.size !== 1) continue;
    titles.push([key, idIndex(final), idIndex(draft)]);
  }
  return { version: 1, ids, titles };
}

/**
 * Type nouns translators swap: 规定 is rendered "Provisions", "Regulations" or "Rules", and 办法
 * sometimes "Rules"; 条例 is "Regulations". A title under one of these is also looked for under the
 * others, when no entry has it under its own.
 */
const SWAPPED_TYPES: Readonly<Record<string, readonly string[]>> = {
  regulations: ['provisions'],
  provisions: ['regulations'],
  rules: ['provisions', 'measures'],
};

export interface TitleTable {
  /** The entry a signature names, or undefined. */
  lookup(signature: TitleSignature): string | undefined;
  /** The one entry that has the signature's words under a type noun translators swap with its own, or undefined. */
  lookupSwappedType(signature: TitleSignature): string | undefined;
  /** The one entry whose title has one word more or one word less than the signature, or undefined. */
  lookupNear(signature: TitleSignature): string | undefined;
  /** Content words the table knows, for typo repair. */
  readonly vocabulary: ReadonlySet<string>;
  /** Known words that could be `word` with one letter changed, added or dropped (same first letter). */
  wordsNear(word: string): readonly string[];
  /** Whether many of the table's titles have the word (network, information, security, data …). */
  isCommonWord(word: string): boolean;
}

/** Reads the shipped form; throws with the reason when it is not one. */
export function loadTitleTable(data: unknown): TitleTable {
  const table = data as Partial<TitleTableData> | null;
  if (!table || table.version !== 1 || !Array.isArray(table.ids) || !Array.isArray(table.titles)) {
    throw new Error('The variant-title table is not in the format this version of TMT Lens reads.');
  }
  const ids = table.ids;
  const byKey = new Map<string, readonly [number, number]>();
  const vocabulary = new Set<string>();
  for (const row of table.titles) {
    if (!Array.isArray(row) || typeof row[0] !== 'string') continue;
    byKey.set(row[0], [row[1] ?? -1, row[2] ?? -1]);
    for (const word of wordsOfKey(row[0]).split(' ')) vocabulary.add(word);
  }
  let byInitial: Map<string, string[]> | undefined;
  let withWordLeftOut: Map<string, readonly [number, number]> | undefined;
  let isCommon: ((word: string) => boolean) | undefined;
  const isCommonWord = (word: string) => (isCommon ??= commonWords(byKey))(word);
  /** Each title's words, of any type, → the ids of the entries that have them. */
  let byWords: Map<string, Set<string>> | undefined;
  const wordsOwners = (words: readonly string[]): Set<string> | undefined => {
    if (!byWords) {
      byWords = new Map();
      for (const [key, [final, draft]] of byKey) {
        const titleWords = wordsOfKey(key);
        const owners = byWords.get(titleWords) ?? new Set<string>();
        for (const index of [final, draft]) if (index >= 0) owners.add(ids[index]!);
        byWords.set(titleWords, owners);
      }
    }
    return byWords.get(words.join(' '));
  };
  const pick = ([final, draft]: readonly [number, number], draftOnPage: boolean): string | undefined => {
    // A draft on the page is its draft where the graph keeps one, else the instrument itself;
    // a bare title is the final, or the draft where the graph has only that.
    const index = draftOnPage ? (draft >= 0 ? draft : final) : final === NONE ? draft : final;
    return index >= 0 ? ids[index] : undefined;
  };
  /**
   * The one title the page's words name with one of them left out ("… Personal Information Protection for …"):
   * only a word many titles have, never the one that names another subject ("… Licensing of Internet News …").
   */
  const withOneWordAdded = (signature: TitleSignature): string | undefined => {
    const common = signature.words.filter(isCommonWord);
    return theOneNamed(common.map((word) => ({ ...signature, words: signature.words.filter((other) => other !== word) })));
  };
  /** The one entry the signatures name (several naming one are one), or undefined where none or two do. */
  const theOneNamed = (signatures: readonly TitleSignature[]): string | undefined => {
    let named: string | undefined;
    for (const candidate of signatures) {
      const row = byKey.get(signatureKey(candidate));
      const id = row && pick(row, candidate.draft);
      if (!id || id === named) continue;
      if (named) return undefined;
      named = id;
    }
    return named;
  };
  return {
    vocabulary,
    isCommonWord,
    wordsNear(word) {
      if (!byInitial) {
        byInitial = new Map();
        for (const known of vocabulary) byInitial.set(known.charAt(0), [...(byInitial.get(known.charAt(0)) ?? []), known]);
      }
      return (byInitial.get(word.charAt(0)) ?? []).filter((known) => Math.abs(known.length - word.length) <= 1);
    },
    lookup(signature) {
      const row = byKey.get(signatureKey(signature));
      return row ? pick(row, signature.draft) : undefined;
    },
    lookupSwappedType(signature) {
      return theOneNamed((SWAPPED_TYPES[signature.type] ?? []).map((type) => ({ ...signature, type })));
    },
    lookupNear(signature) {
      if (signature.words.length < SHORT_TITLE_WORDS - 1) return undefined;
      withWordLeftOut ??= leaveOneWordOut(byKey, isCommonWord);
      const near = withWordLeftOut.get(signatureKey(signature));
      const id = near ? pick(near, signature.draft) : signature.words.length > MIN_WORDS_WITH_ONE_LEFT_OUT ? withOneWordAdded(signature) : undefined;
      // Words that are exactly another entry's title, under another type noun, name an instrument
      // about that one ("Guidelines for Data Cross-border Transfer Security Assessment", a standard
      // beside the measures), not a third title one word away.
      if (id === undefined) return undefined;
      const owners = wordsOwners(signature.words);
      return owners && !owners.has(id) ? undefined : id;
    },
  };
}
