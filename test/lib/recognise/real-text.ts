/**
 * Recognition measured on real third-party text (test/fixtures/real-text/): excerpts of pages
 * from many publishers, English and Chinese, with negative controls (Hong Kong, EU, US, UK law),
 * every mention labelled by hand. The content script's path is run on each excerpt (the bundled
 * automaton, then the page recognisers, then the gate for names other countries share), and the
 * result is compared with the labels.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { buildBundledData } from '../../../lib/build/bundled-data';
import { originOf } from '../../../lib/graph/entry-origin';
import type { Graph, GraphNode } from '../../../lib/graph/schema';
import { findMentions } from '../../../lib/match/find-mentions';
import { loadDictionary } from '../../../lib/match/load-dictionary';
import { chinaRelationOf, isChinaSite, saysChina } from '../../../lib/page/china-context';
import { BLOCK_BREAK } from '../../../lib/page/text-segments';
import { nameKey } from '../../../lib/parse/normalize';
import { caseNumberId, caseNumberKey, parseCaseNumber } from '../../../lib/recognise/case-numbers';
import { PageRecogniser, type RecognisedMention } from '../../../lib/recognise/page-recogniser';

const FIXTURES = join(__dirname, '../../fixtures/real-text');

const labelSchema = z.object({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  entity: z.string().min(1),
  entityZh: z.string().optional(),
  type: z.enum(['document', 'authority', 'case']),
  form: z.string(),
  typo: z.boolean().optional(),
});
const excerptSchema = z.object({
  id: z.string(),
  url: z.string(),
  publisher: z.string(),
  language: z.enum(['en', 'zh']),
  control: z.boolean(),
  text: z.string(),
  mentions: z.array(labelSchema),
});
export type Excerpt = z.infer<typeof excerptSchema>;
export type Label = z.infer<typeof labelSchema>;
export type Half = 'tuning' | 'heldout';

export function readExcerpts(half: Half): Excerpt[] {
  const dir = join(FIXTURES, half);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => excerptSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))));
}

/** Labels whose canonical name differs from the graph's names for the same entity (entity → id). */
export function readEntityOverrides(): Record<string, string | null> {
  return z.record(z.string(), z.string().nullable()).parse(JSON.parse(readFileSync(join(FIXTURES, 'entity-ids.json'), 'utf8')));
}

const HAN_PREFIX = /^中华人民共和国/;

/** Resolves a label's entity to a graph id: the overrides, then the graph's names, then a case number. */
export class EntityResolver {
  private byKey = new Map<string, string>();

  constructor(
    graph: Graph,
    private overrides: Record<string, string | null>,
  ) {
    for (const node of graph.nodes) {
      if (node.type === 'topic') continue;
      for (const name of [node.name, ...node.aliases, ...(node.type !== 'case' && node.nameZh ? [node.nameZh] : [])]) {
        const key = this.keyOf(name);
        if (key && !this.byKey.has(key)) this.byKey.set(key, node.id);
      }
    }
  }

  private keyOf(name: string): string {
    return /\p{Script=Han}/u.test(name) ? name.replace(HAN_PREFIX, '').replace(/[《》\s]/g, '').replace(/（/g, '(').replace(/）/g, ')') : nameKey(name);
  }

  resolve(label: Pick<Label, 'entity' | 'entityZh' | 'type'>): string | undefined {
    if (label.entity in this.overrides) return this.overrides[label.entity] ?? undefined;
    const id = this.byKey.get(this.keyOf(label.entity)) ?? (label.entityZh ? this.byKey.get(this.keyOf(label.entityZh)) : undefined);
    if (id) return id;
    if (label.type === 'case') {
      const number = parseCaseNumber(label.entity) ?? (label.entityZh ? parseCaseNumber(label.entityZh) : undefined);
      if (number) return caseNumberId(number);
    }
    return undefined;
  }
}

export interface Pipeline {
  graph: Graph;
  run(excerpt: Excerpt): RecognisedMention[];
  caseIds: Record<string, string>;
}

/** The content script's path, in Node: blocks are the excerpt's lines. */
export function buildPipeline(): Pipeline {
  const data = buildBundledData(join(__dirname, '../../../seeds'));
  const matcher = loadDictionary(JSON.parse(data.dictionaryJson));
  const recognisers = JSON.parse(data.recognisersJson) as { cases: Record<string, string> };
  return {
    graph: data.result.graph,
    caseIds: recognisers.cases,
    run(excerpt) {
      const recogniser = new PageRecogniser(data.recognisersJson);
      // Each line a block, separated as the content script separates blocks (same offsets).
      const text = excerpt.text.replace(/\n/g, BLOCK_BREAK);
      const found = recogniser.recognise(text, findMentions(matcher, text));
      // The gate for names other countries share (china-gate.ts), over the whole excerpt.
      const aboutChina = saysChina(excerpt.text) || isChinaSite(new URL(excerpt.url).hostname) || found.some((mention) => chinaRelationOf(mention) === 'shows');
      return found.filter((mention) => aboutChina || chinaRelationOf(mention) !== 'needs');
    },
  };
}

export interface Tally {
  /** Labelled mentions of entries in the graph, and how many were found with the right entry. */
  inGraph: number;
  found: number;
  /** Highlights, and how many of them are right. */
  predicted: number;
  correct: number;
}

export const emptyTally = (): Tally => ({ inGraph: 0, found: 0, predicted: 0, correct: 0 });

export function add(into: Tally, other: Tally): void {
  into.inGraph += other.inGraph;
  into.found += other.found;
  into.predicted += other.predicted;
  into.correct += other.correct;
}

export const recall = (tally: Tally): number => (tally.inGraph === 0 ? 1 : tally.found / tally.inGraph);
export const precision = (tally: Tally): number => (tally.predicted === 0 ? 1 : tally.correct / tally.predicted);

export interface Scored {
  /** Per label: its resolved id, whether it was found. */
  labels: Array<{ label: Label; id: string | undefined; found: boolean }>;
  /** Per highlight: whether a label with its entry covers it. */
  predictions: Array<{ mention: RecognisedMention; correct: boolean; label?: Label }>;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

const span = (label: Label) => ({ start: label.start, end: label.start + label.text.length });
const idsOf = (mention: RecognisedMention): readonly string[] => mention.ids ?? [mention.id];

export function score(excerpt: Excerpt, predicted: RecognisedMention[], resolver: EntityResolver): Scored {
  const labels = excerpt.mentions.map((label) => {
    const id = resolver.resolve(label);
    const found = id !== undefined && predicted.some((mention) => overlaps(mention, span(label)) && idsOf(mention).includes(id));
    return { label, id, found };
  });
  const predictions = predicted.map((mention) => {
    const covering = labels.filter((entry) => overlaps(mention, span(entry.label)));
    const match = covering.find((entry) => entry.id !== undefined && idsOf(mention).includes(entry.id));
    return { mention, correct: match !== undefined, label: (match ?? covering[0])?.label };
  });
  return { labels, predictions };
}

/** Whether an id is an entry of the graph the newsletters built (not only the core layer, not a bare case number). */
export function isSeedEntry(node: GraphNode | undefined): boolean {
  return node !== undefined && originOf(node).newsletters;
}

export { caseNumberKey };
