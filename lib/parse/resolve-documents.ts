/**
 * Stage 3b: decide which document mentions name the same instrument. Mentions merge by
 * name key (case, spelling, quotes, "PRC" variants and draft markers aside), by the short
 * names a newsletter defines ("the 20 Data Measures"), by well-known aliases, and by
 * near-identical spelling (typos such as "Innovative" for "Innovating"). A draft and the
 * final version of one instrument stay two entries, linked later by a draft_of edge.
 */
import { KNOWN_DOCUMENTS } from '../knowledge/document-aliases';
import { isGenericName } from '../knowledge/generic-names';
import type { ReadItem } from './collect-mentions';
import type { DocumentMention } from './extract-item';
import { gazetteerSlugFor } from './find-authorities';
import { levenshteinWithin } from './levenshtein';
import { hasDraftMarker, nameKey, slugify } from './normalize';
import { GENERIC_MODIFIERS, HEAD_NOUNS } from './title-words';
import { isSameInstrumentInItem } from './same-instrument';

export interface PlacedMention {
  read: ReadItem;
  sentenceIndex: number;
  mention: DocumentMention;
}

export interface DocumentEntity {
  id: string;
  key: string;
  isDraft: boolean;
  /** Surface forms and how often each was written. */
  surfaces: Map<string, number>;
  shortNames: Set<string>;
  known?: (typeof KNOWN_DOCUMENTS)[number];
  code?: string;
  campaign: boolean;
  mentions: PlacedMention[];
}

export function isGenericTitle(title: string): boolean {
  if (isGenericName(title) || isGenericName(title.replace(/^the\s+/i, ''))) return true;
  const words = title.toLowerCase().split(/\s+/);
  return words.every((word) => HEAD_NOUNS.has(word) || GENERIC_MODIFIERS.has(word) || /^\d{4}$/.test(word));
}

const KNOWN_BY_KEY = new Map<string, (typeof KNOWN_DOCUMENTS)[number]>();
for (const known of KNOWN_DOCUMENTS) {
  for (const name of [known.name, ...known.aliases]) KNOWN_BY_KEY.set(nameKey(name), known);
}

function isUsableShortName(name: string): boolean {
  return !isGenericTitle(name) && !/\b(?:edition|version)\b/i.test(name) && name.length >= 2 && !gazetteerSlugFor(name);
}

/** A reference like "SAMR Guidelines" that no sentence defines says too little to be an entry. */
function isUndefinedIssuerReference(title: string): boolean {
  const words = title.split(/\s+/);
  return words.length <= 3 && words[0] !== undefined && Boolean(gazetteerSlugFor(words[0])) && !/\d/.test(title);
}

function isDraftMention(mention: DocumentMention): boolean {
  // A document cited as the basis of another is in force, whatever else the sentence says.
  if (mention.relation) return false;
  return mention.status === 'draft';
}

export function resolveDocuments(items: ReadItem[]): { entities: DocumentEntity[]; entityOf: Map<DocumentMention, DocumentEntity> } {
  // Short names defined per newsletter: key of the short name → key of the full title.
  const shortNameTargets = new Map<string, Map<string, string>>();
  for (const read of items) {
    const targets = shortNameTargets.get(read.newsletter) ?? new Map<string, string>();
    shortNameTargets.set(read.newsletter, targets);
    for (const sentence of read.sentences) {
      for (const mention of sentence.documents) {
        for (const short of mention.shortNames) if (isUsableShortName(short)) targets.set(nameKey(short), nameKey(mention.title));
      }
    }
  }

  // Group mentions by the key of the instrument they name.
  const groups = new Map<string, PlacedMention[]>();
  for (const read of items) {
    const itemTitles = read.sentences.flatMap((sentence) => sentence.documents.map((doc) => ({ title: doc.title, key: nameKey(doc.title) })));
    const itemKeys = itemTitles.map((entry) => entry.key);
    read.sentences.forEach((sentence, sentenceIndex) => {
      for (const mention of sentence.documents) {
        if (!mention.code && !mention.campaign) {
          if (isGenericTitle(mention.title) || gazetteerSlugFor(mention.title)) continue;
        }
        let key = nameKey(mention.title);
        key = shortNameTargets.get(read.newsletter)?.get(key) ?? key;
        const known = KNOWN_BY_KEY.get(key);
        if (known) key = nameKey(known.name);
        // A shortened title inside the same item ("Three-Year Action Plan" for its full title).
        if (key.split(' ').length >= 3) {
          const longer = itemKeys.find((other) => other !== key && other.startsWith(`${key} `));
          if (longer) key = longer;
        }
        // The heading and the body of one item naming one instrument two ways.
        if (key === nameKey(mention.title)) {
          const variant = itemTitles.find((other) => other.title !== mention.title && other.key > key && isSameInstrumentInItem({ title: mention.title, key }, other, nameKey));
          if (variant) key = variant.key;
        }
        const isDefinedShortName = [...(shortNameTargets.get(read.newsletter)?.keys() ?? [])].includes(nameKey(mention.title));
        if (!isDefinedShortName && !known && isUndefinedIssuerReference(mention.title)) continue;
        const list = groups.get(key) ?? [];
        list.push({ read, sentenceIndex, mention });
        groups.set(key, list);
      }
    });
  }

  mergeNearDuplicates(groups);

  const entities: DocumentEntity[] = [];
  const entityOf = new Map<DocumentMention, DocumentEntity>();
  const usedIds = new Set<string>();
  for (const key of [...groups.keys()].sort()) {
    const mentions = groups.get(key)!;
    const drafts = mentions.filter((placed) => isDraftMention(placed.mention));
    const finals = mentions.filter((placed) => !isDraftMention(placed.mention));
    const explicitFinal = finals.some((placed) => placed.mention.status === 'final' || placed.mention.relation);
    const split = drafts.length > 0 && explicitFinal;
    const partitions: Array<[boolean, PlacedMention[]]> = split
      ? [[false, finals], [true, drafts]]
      : [[drafts.length > 0 && !explicitFinal, mentions]];
    for (const [isDraft, placed] of partitions) {
      const entity = makeEntity(key, isDraft, placed, usedIds);
      entities.push(entity);
      for (const { mention } of placed) entityOf.set(mention, entity);
    }
  }
  return { entities, entityOf };
}

function makeEntity(key: string, isDraft: boolean, mentions: PlacedMention[], usedIds: Set<string>): DocumentEntity {
  const surfaces = new Map<string, number>();
  const shortNames = new Set<string>();
  let code: string | undefined;
  let campaign = false;
  for (const { mention } of mentions) {
    surfaces.set(mention.title, (surfaces.get(mention.title) ?? 0) + 1);
    for (const short of mention.shortNames) if (isUsableShortName(short)) shortNames.add(short);
    code ??= mention.code;
    campaign ||= Boolean(mention.campaign);
  }
  const base = slugify(key) + (isDraft ? '-draft' : '');
  let id = `document:${base}`;
  for (let n = 2; usedIds.has(id); n++) id = `document:${base}-${n}`;
  usedIds.add(id);
  return { id, key, isDraft, surfaces, shortNames, known: KNOWN_BY_KEY.get(key), code, campaign, mentions };
}

/** Merges keys that differ by a typo or two ("innovative" / "innovating"). */
function mergeNearDuplicates(groups: Map<string, PlacedMention[]>): void {
  const keys = [...groups.keys()].filter((key) => key.length >= 30).sort();
  const byPrefix = new Map<string, string[]>();
  for (const key of keys) {
    const prefix = key.split(' ').slice(0, 2).join(' ');
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), key]);
  }
  for (const bucket of byPrefix.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        if (!groups.has(a) || !groups.has(b)) continue;
        if (!levenshteinWithin(a, b, Math.min(4, Math.floor(a.length / 25)))) continue;
        const [keep, drop] = (groups.get(a)!.length >= groups.get(b)!.length) ? [a, b] : [b, a];
        groups.get(keep)!.push(...groups.get(drop)!);
        groups.delete(drop);
      }
    }
  }
}

/** The name to show: the most frequent form (drafts keep their draft marker), longest on ties. */
export function chooseName(entity: DocumentEntity): string {
  const ranked = [...entity.surfaces.entries()]
    .filter(([surface]) => !entity.shortNames.has(surface))
    .sort(([a, countA], [b, countB]) => {
      const preferA = entity.isDraft ? Number(hasDraftMarker(a)) : Number(!hasDraftMarker(a));
      const preferB = entity.isDraft ? Number(hasDraftMarker(b)) : Number(!hasDraftMarker(b));
      return preferB - preferA || countB - countA || b.length - a.length || a.localeCompare(b);
    });
  const name = ranked[0]?.[0] ?? [...entity.surfaces.keys()][0] ?? entity.key;
  if (entity.known && !entity.isDraft) return entity.known.name.length >= name.length ? entity.known.name : name;
  return name;
}
